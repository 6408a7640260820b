package org.mmscope.cli;

import org.mmscope.engine.Budgets;

import picocli.CommandLine.Option;

/** The budgets of a run (picocli mixin of run and explore): each hit stops the era's run with file:line:col: error. */
final class BudgetOptions {
    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "1000000",
            description = "step budget per era (default: ${DEFAULT-VALUE})")
    long maxSteps;

    @Option(names = "--max-pages-per-step", paramLabel = "N", description = "the most pages one step may touch (a load, store, mlock or "
            + "GUP over a range) (default: " + Budgets.DEFAULT_PAGES_PER_STEP + ")")
    Long maxPagesPerStep;

    @Option(names = "--max-frames", paramLabel = "N", description = "the most frames allocated at once (default: what fits comfortably "
            + "in the Java heap, 1 per 2 KiB of it)")
    Long maxFrames;

    @Option(names = "--max-ptes", paramLabel = "N", description = "the most page table entries at once (default: as --max-frames)")
    Long maxPtes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0", description = "wall-clock budget of the whole invocation, "
            + "checked between steps (default: none)")
    long timeout;

    /** The usage error of a bad value, or null. */
    String check() {
        if (maxSteps < 0) {
            return "--max-steps must not be negative (got " + maxSteps + ")";
        }
        for (Object[] o : new Object[][] { { "--max-pages-per-step", maxPagesPerStep }, { "--max-frames", maxFrames },
                { "--max-ptes", maxPtes } }) {
            if (o[1] != null && (Long) o[1] < 1) {
                return o[0] + " must be at least 1 (got " + o[1] + ")";
            }
        }
        if (timeout < 0) {
            return "--timeout must not be negative (got " + timeout + "; 0 means none)";
        }
        return null;
    }

    /** The budgets these options ask for; the deadline starts now. */
    Budgets budgets() {
        Budgets b = Budgets.defaults().withTimeout(timeout);
        if (maxPagesPerStep != null) {
            b = b.withPagesPerStep(maxPagesPerStep);
        }
        if (maxFrames != null) {
            b = b.withFrames(maxFrames);
        }
        if (maxPtes != null) {
            b = b.withPtes(maxPtes);
        }
        return b;
    }
}
