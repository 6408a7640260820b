package org.mmscope.engine.explore;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.mmscope.engine.Budgets;

/**
 * How to explore: which kernel events to insert between steps and how many per schedule, whether to reduce
 * by partial order, and the budgets — distinct states, complete schedules, steps per schedule, wall time
 * ({@link Budgets#withTimeout}, for the whole exploration) and the model's own (frames, PTEs, pages per step).
 * {@code progress} hears about the search about once a second.
 */
public record ExploreOptions(Set<KernelEvent> events, int maxEvents, boolean reduction, long maxStates, long maxSchedules,
        long maxSteps, Budgets budgets, Consumer<Progress> progress) {

    public static final long DEFAULT_MAX_STATES = 1_000_000;

    /**
     * What the search has done so far in one era; {@code pending} is its queue: the choices on the depth-first stack
     * not tried yet (each a branch still to explore, short of the ones state merging will cut).
     */
    public record Progress(String era, long states, long transitions, long schedules, int depth, long pending, double statesPerSecond,
            double seconds) {
    }

    public static ExploreOptions defaults() {
        return new ExploreOptions(EnumSet.noneOf(KernelEvent.class), 1, true, DEFAULT_MAX_STATES, Long.MAX_VALUE, 1_000_000,
                Budgets.defaults(), p -> {
                });
    }

    public ExploreOptions withEvents(Set<KernelEvent> e, int max) {
        return new ExploreOptions(e.isEmpty() ? EnumSet.noneOf(KernelEvent.class) : EnumSet.copyOf(e), max, reduction, maxStates,
                maxSchedules, maxSteps, budgets, progress);
    }

    public ExploreOptions withReduction(boolean on) {
        return new ExploreOptions(events, maxEvents, on, maxStates, maxSchedules, maxSteps, budgets, progress);
    }

    public ExploreOptions withMaxStates(long n) {
        return new ExploreOptions(events, maxEvents, reduction, n, maxSchedules, maxSteps, budgets, progress);
    }

    public ExploreOptions withMaxSchedules(long n) {
        return new ExploreOptions(events, maxEvents, reduction, maxStates, n, maxSteps, budgets, progress);
    }

    public ExploreOptions withMaxSteps(long n) {
        return new ExploreOptions(events, maxEvents, reduction, maxStates, maxSchedules, n, budgets, progress);
    }

    public ExploreOptions withBudgets(Budgets b) {
        return new ExploreOptions(events, maxEvents, reduction, maxStates, maxSchedules, maxSteps, b, progress);
    }

    public ExploreOptions withProgress(Consumer<Progress> p) {
        return new ExploreOptions(events, maxEvents, reduction, maxStates, maxSchedules, maxSteps, budgets, p);
    }
}
