package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.OpExecutor;
import org.mmscope.engine.scenario.Scenario;

/**
 * A scenario as the explorer walks it: a program counter is the index of the next statement and, inside a
 * {@code parallel} block, how many steps of each of its actors are done (each actor keeps its written order).
 * Program counters are {@code int[]}s: {@code [item, done(actor 0), done(actor 1), ...]}.
 */
final class Program {
    /** One way to go on: actor {@code actor} of the block (or -1 outside a block, or an event) takes {@code step}. */
    record Choice(int actor, Scenario.StepItem step, boolean event) {
    }

    final List<Scenario.Item> items;
    /** Per statement: the actors' queues of a parallel block, else null. */
    private final List<List<List<Scenario.StepItem>>> queues = new ArrayList<>();
    final boolean observesLastStep;
    final int maxActors;

    Program(Scenario s) {
        this.items = s.items();
        boolean observes = false;
        int actors = 1;
        for (Scenario.Item i : items) {
            if (i instanceof Scenario.ParallelItem p) {
                Map<String, List<Scenario.StepItem>> byActor = new LinkedHashMap<>();
                for (Scenario.StepItem st : p.steps()) {
                    byActor.computeIfAbsent(OpExecutor.actorOf(st.op()), a -> new ArrayList<>()).add(st);
                }
                queues.add(new ArrayList<>(byActor.values()));
                actors = Math.max(actors, byActor.size());
            } else {
                queues.add(null);
                observes |= i instanceof Scenario.ExpectItem e && e.expect() instanceof Expect.Moved;
            }
        }
        this.observesLastStep = observes;
        this.maxActors = actors;
    }

    int[] start() {
        return at(0);
    }

    private int[] at(int item) {
        int[] pc = new int[1 + (item < items.size() && queues.get(item) != null ? queues.get(item).size() : 0)];
        pc[0] = item;
        return pc;
    }

    boolean done(int[] pc) {
        return pc[0] >= items.size();
    }

    Scenario.Item item(int[] pc) {
        return items.get(pc[0]);
    }

    /** Whether the next statement is a step (or a block with steps left): where steps and events are chosen. */
    boolean atStep(int[] pc) {
        return !done(pc) && !(item(pc) instanceof Scenario.ExpectItem);
    }

    /** The program counter after an expectation (the explorer evaluates it on arrival). */
    int[] pastExpectation(int[] pc) {
        return at(pc[0] + 1);
    }

    /** The steps that may run next, first actor first. */
    List<Choice> choices(int[] pc) {
        List<List<Scenario.StepItem>> q = queues.get(pc[0]);
        if (q == null) {
            return List.of(new Choice(-1, (Scenario.StepItem) item(pc), false));
        }
        List<Choice> out = new ArrayList<>(q.size());
        for (int a = 0; a < q.size(); a++) {
            if (pc[1 + a] < q.get(a).size()) {
                out.add(new Choice(a, q.get(a).get(pc[1 + a]), false));
            }
        }
        return out;
    }

    /** The program counter after {@code c} (an event leaves it where it is). */
    int[] after(int[] pc, Choice c) {
        if (c.event()) {
            return pc;
        }
        if (c.actor() < 0) {
            return at(pc[0] + 1);
        }
        int[] next = Arrays.copyOf(pc, pc.length);
        next[1 + c.actor()]++;
        List<List<Scenario.StepItem>> q = queues.get(pc[0]);
        for (int a = 0; a < q.size(); a++) {
            if (next[1 + a] < q.get(a).size()) {
                return next;
            }
        }
        return at(pc[0] + 1);
    }

    static long hash(int[] pc) {
        long h = 0x9E3779B97F4A7C15L;
        for (int v : pc) {
            h = (h ^ v) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
