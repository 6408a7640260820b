package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.Budgets;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;

/**
 * {@code explore}: runs every interleaving of the scenario's parallel blocks (each actor keeps its own order)
 * in every era, checks the expectations after each complete schedule, and keeps the first failing one. All
 * schedules have the same length, so the first failing one in enumeration order is a shortest one. The blocks
 * are enumerated like an odometer (the last block turns fastest), without recursion, so a file with thousands
 * of blocks cannot overflow the stack. A schedule that runs into a budget ends the exploration: it is reported
 * as {@code budgetHit}, not as a failing schedule. Partial: inserting kernel events (reclaim) between steps is
 * not done yet.
 */
public final class Explorer {
    /**
     * What exploration found. {@code counterexample} is the failing schedule as a plain (linear) scenario;
     * {@code budgetHit} the run of the schedule that ran into a budget (null if none did).
     */
    public record Outcome(long schedules, long failing, boolean truncated, Scenario counterexample, RunResult failingRun,
            RunResult budgetHit) {
        public boolean passed() {
            return failing == 0 && budgetHit == null;
        }
    }

    private final long limit;
    private final ScenarioRunner runner;

    /** @param limit the most schedules to run before giving up (reported as truncated) */
    public Explorer(long limit, long maxSteps) {
        this(limit, maxSteps, Budgets.defaults());
    }

    public Explorer(long limit, long maxSteps, Budgets budgets) {
        this.limit = limit;
        this.runner = new ScenarioRunner(new Simulation.Options(true, true, 0, maxSteps).withBudgets(budgets));
    }

    public Outcome explore(Scenario s) {
        List<Integer> blocks = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            if (s.items().get(i) instanceof Scenario.ParallelItem) {
                blocks.add(i);
            }
        }
        List<Scenario.Item> items = new ArrayList<>(s.items());
        Interleavings[] orders = new Interleavings[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            orders[b] = start(s, items, blocks.get(b));
        }
        long schedules = 0;
        long failing = 0;
        Scenario firstFailing = null;
        RunResult firstRun = null;
        while (true) {
            if (schedules >= limit) {
                return new Outcome(schedules, failing, true, firstFailing, firstRun, null);
            }
            schedules++;
            Scenario linear = linearize(s, items);
            RunResult r = runner.run(linear);
            if (r.eras().stream().anyMatch(e -> e.budget() != null)) {
                return new Outcome(schedules, failing, false, firstFailing, firstRun, r);
            }
            if (!r.passed()) {
                failing++;
                if (firstFailing == null) {
                    firstFailing = linear;
                    firstRun = r;
                }
            }
            int b = blocks.size() - 1;
            while (b >= 0 && !orders[b].hasNext()) {
                b--;
            }
            if (b < 0) {
                return new Outcome(schedules, failing, false, firstFailing, firstRun, null);
            }
            set(s, items, blocks.get(b), orders[b].next());
            for (int later = b + 1; later < blocks.size(); later++) {
                orders[later] = start(s, items, blocks.get(later));
            }
        }
    }

    /** A fresh enumeration of the block at item {@code at}, its first order (the written one) already in place. */
    private static Interleavings start(Scenario s, List<Scenario.Item> items, int at) {
        Interleavings it = new Interleavings(((Scenario.ParallelItem) s.items().get(at)).steps());
        set(s, items, at, it.next());
        return it;
    }

    private static void set(Scenario s, List<Scenario.Item> items, int at, List<Scenario.StepItem> order) {
        Scenario.ParallelItem par = (Scenario.ParallelItem) s.items().get(at);
        items.set(at, new Scenario.ParallelItem(par.line(), par.endLine(), order));
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
