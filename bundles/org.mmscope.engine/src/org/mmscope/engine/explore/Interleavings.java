package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import org.mmscope.engine.ops.OpExecutor;
import org.mmscope.engine.scenario.Scenario;

/**
 * Every order of a parallel block that keeps each actor's own steps in their written order. The enumeration is
 * an explicit depth-first walk (no recursion), so a block of any length cannot overflow the stack.
 */
final class Interleavings implements Iterator<List<Scenario.StepItem>> {
    private final List<List<Scenario.StepItem>> queues;
    private final List<Scenario.StepItem> written;
    private final int[] next;
    /** Per depth: the actors to try there, in order, and which of them is taken now. */
    private final int[][] choices;
    private final int[] taken;
    private int depth;
    private boolean pending;
    private boolean done;

    Interleavings(List<Scenario.StepItem> steps) {
        Map<String, List<Scenario.StepItem>> byActor = new LinkedHashMap<>();
        for (Scenario.StepItem s : steps) {
            byActor.computeIfAbsent(OpExecutor.actorOf(s.op()), a -> new ArrayList<>()).add(s);
        }
        this.queues = new ArrayList<>(byActor.values());
        this.written = steps;
        this.next = new int[queues.size()];
        this.choices = new int[steps.size()][];
        this.taken = new int[steps.size()];
        descend();
        pending = true;
    }

    /**
     * Calls {@code visit} with each interleaving, the written order first; stops early when it returns false.
     * Returns false if stopped early.
     */
    static boolean forEach(List<Scenario.StepItem> steps, Predicate<List<Scenario.StepItem>> visit) {
        Interleavings it = new Interleavings(steps);
        while (it.hasNext()) {
            if (!visit.test(it.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean hasNext() {
        if (!pending && !done) {
            advance();
        }
        return pending;
    }

    @Override
    public List<Scenario.StepItem> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        pending = false;
        List<Scenario.StepItem> order = new ArrayList<>(written.size());
        int[] took = new int[queues.size()];
        for (int d = 0; d < written.size(); d++) {
            int q = choices[d][taken[d]];
            order.add(queues.get(q).get(took[q]++));
        }
        return List.copyOf(order);
    }

    /** Fills the levels from {@code depth} down with their first choice (the written order first). */
    private void descend() {
        while (depth < written.size()) {
            // the actor whose step comes first in the written order is tried first, so the written order is schedule 1
            List<Integer> order = new ArrayList<>();
            for (int q = 0; q < queues.size(); q++) {
                if (next[q] < queues.get(q).size()) {
                    order.add(q);
                }
            }
            order.sort((a, b) -> Integer.compare(written.indexOf(queues.get(a).get(next[a])), written.indexOf(queues.get(b).get(next[b]))));
            choices[depth] = order.stream().mapToInt(Integer::intValue).toArray();
            taken[depth] = 0;
            next[choices[depth][0]]++;
            depth++;
        }
    }

    /** The next schedule: back up to the deepest level with an untried actor, take it, descend again. */
    private void advance() {
        while (depth > 0) {
            depth--;
            next[choices[depth][taken[depth]]]--;
            if (taken[depth] + 1 < choices[depth].length) {
                taken[depth]++;
                next[choices[depth][taken[depth]]]++;
                depth++;
                descend();
                pending = true;
                return;
            }
        }
        done = true;
    }
}
