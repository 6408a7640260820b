package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.mmscope.engine.ops.OpExecutor;
import org.mmscope.engine.scenario.Scenario;

/** Every order of a parallel block that keeps each actor's own steps in their written order. */
final class Interleavings {
    private Interleavings() {
    }

    /**
     * Calls {@code visit} with each interleaving, the written order first; stops early when it returns false.
     * Returns false if stopped early.
     */
    static boolean forEach(List<Scenario.StepItem> steps, Predicate<List<Scenario.StepItem>> visit) {
        Map<String, List<Scenario.StepItem>> byActor = new LinkedHashMap<>();
        for (Scenario.StepItem s : steps) {
            byActor.computeIfAbsent(OpExecutor.actorOf(s.op()), a -> new ArrayList<>()).add(s);
        }
        List<List<Scenario.StepItem>> queues = new ArrayList<>(byActor.values());
        return merge(queues, new int[queues.size()], new ArrayList<>(), steps.size(), visit, steps);
    }

    private static boolean merge(List<List<Scenario.StepItem>> queues, int[] next, List<Scenario.StepItem> prefix, int total,
            Predicate<List<Scenario.StepItem>> visit, List<Scenario.StepItem> written) {
        if (prefix.size() == total) {
            return visit.test(List.copyOf(prefix));
        }
        // try the actor whose step comes first in the written order first, so the written order is schedule 1
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            if (next[q] < queues.get(q).size()) {
                order.add(q);
            }
        }
        order.sort((a, b) -> Integer.compare(written.indexOf(queues.get(a).get(next[a])), written.indexOf(queues.get(b).get(next[b]))));
        for (int q : order) {
            prefix.add(queues.get(q).get(next[q]));
            next[q]++;
            boolean go = merge(queues, next, prefix, total, visit, written);
            next[q]--;
            prefix.remove(prefix.size() - 1);
            if (!go) {
                return false;
            }
        }
        return true;
    }
}
