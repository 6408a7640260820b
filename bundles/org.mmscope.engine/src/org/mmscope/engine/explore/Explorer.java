package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;

/**
 * {@code explore}: runs every interleaving of the scenario's parallel blocks (each actor keeps its own order)
 * in every era, checks the expectations after each complete schedule, and keeps the first failing one. All
 * schedules have the same length, so the first failing one in enumeration order is a shortest one. Partial:
 * inserting kernel events (reclaim) between steps is not done yet.
 */
public final class Explorer {
    /** What exploration found. {@code counterexample} is the failing schedule as a plain (linear) scenario. */
    public record Outcome(long schedules, long failing, boolean truncated, Scenario counterexample, RunResult failingRun) {
        public boolean passed() {
            return failing == 0;
        }
    }

    private final long limit;
    private final ScenarioRunner runner;

    /** @param limit the most schedules to run before giving up (reported as truncated) */
    public Explorer(long limit, long maxSteps) {
        this.limit = limit;
        this.runner = new ScenarioRunner(new Simulation.Options(true, true, 0, maxSteps));
    }

    public Outcome explore(Scenario s) {
        List<Integer> blocks = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            if (s.items().get(i) instanceof Scenario.ParallelItem) {
                blocks.add(i);
            }
        }
        long[] counts = new long[2];
        Scenario[] firstFailing = new Scenario[1];
        RunResult[] firstRun = new RunResult[1];
        boolean complete = enumerate(s, new ArrayList<>(s.items()), blocks, 0, counts, firstFailing, firstRun);
        return new Outcome(counts[0], counts[1], !complete, firstFailing[0], firstRun[0]);
    }

    private boolean enumerate(Scenario s, List<Scenario.Item> items, List<Integer> blocks, int b, long[] counts, Scenario[] firstFailing,
            RunResult[] firstRun) {
        if (b == blocks.size()) {
            if (counts[0] >= limit) {
                return false;
            }
            counts[0]++;
            Scenario linear = linearize(s, items);
            RunResult r = runner.run(linear);
            if (!r.passed()) {
                counts[1]++;
                if (firstFailing[0] == null) {
                    firstFailing[0] = linear;
                    firstRun[0] = r;
                }
            }
            return true;
        }
        int at = blocks.get(b);
        Scenario.ParallelItem par = (Scenario.ParallelItem) s.items().get(at);
        return Interleavings.forEach(par.steps(), order -> {
            items.set(at, new Scenario.ParallelItem(par.line(), par.endLine(), order));
            return enumerate(s, items, blocks, b + 1, counts, firstFailing, firstRun);
        });
    }

    /** The schedule as a scenario without parallel blocks: each block's steps in the chosen order. */
    private static Scenario linearize(Scenario s, List<Scenario.Item> items) {
        List<Scenario.Item> flat = new ArrayList<>();
        for (Scenario.Item i : items) {
            if (i instanceof Scenario.ParallelItem p) {
                flat.addAll(p.steps());
            } else {
                flat.add(i);
            }
        }
        return new Scenario(s.title(), s.source(), s.eras(), s.machine(), flat);
    }

    /** The first failing era run of an outcome's counterexample (for messages). */
    public static EraRun failingEra(RunResult r) {
        return r.eras().stream().filter(e -> !e.passed()).findFirst().orElseThrow();
    }
}
