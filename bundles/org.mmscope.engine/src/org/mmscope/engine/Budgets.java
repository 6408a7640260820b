package org.mmscope.engine;

/**
 * What one era's run may use besides steps ({@link Simulation.Options#maxSteps}): pages a single step may touch
 * (a load, store, mlock or GUP over a range), frames and PTEs alive in the model at once, and a wall-clock
 * deadline ({@link System#nanoTime}; {@link Long#MAX_VALUE}: none) {@code timeoutSeconds} after the run began. The engine compares counters against these;
 * it allocates nothing for them.
 */
public record Budgets(long pagesPerStep, long frames, long ptes, long timeoutSeconds, long deadlineNanos) {
    /** Nothing limited (replays of what already ran, benchmarks). */
    public static final Budgets NONE = new Budgets(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 0, Long.MAX_VALUE);

    /** Default pages per step: 2^20 (4 GiB of 4 KiB pages). */
    public static final long DEFAULT_PAGES_PER_STEP = 1L << 20;

    /**
     * What fits comfortably in this JVM's heap: a frame or a PTE costs about 256 bytes with its indexes (see
     * BENCHMARKS.md), and runs keep checkpoints and the trace besides, so each gets one 2 KiB share of the heap.
     */
    public static long defaultObjects() {
        return Math.max(1L << 16, Runtime.getRuntime().maxMemory() / 2048);
    }

    public static Budgets defaults() {
        return new Budgets(DEFAULT_PAGES_PER_STEP, defaultObjects(), defaultObjects(), 0, Long.MAX_VALUE);
    }

    public Budgets withPagesPerStep(long n) {
        return new Budgets(n, frames, ptes, timeoutSeconds, deadlineNanos);
    }

    public Budgets withFrames(long n) {
        return new Budgets(pagesPerStep, n, ptes, timeoutSeconds, deadlineNanos);
    }

    public Budgets withPtes(long n) {
        return new Budgets(pagesPerStep, frames, n, timeoutSeconds, deadlineNanos);
    }

    /** A deadline {@code seconds} from now (0 or less, or beyond a century: none). */
    public Budgets withTimeout(long seconds) {
        boolean none = seconds <= 0 || seconds > 3_155_760_000L;
        return new Budgets(pagesPerStep, frames, ptes, none ? 0 : seconds,
                none ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L);
    }

    /** Whether the wall-clock deadline has passed (one comparison when there is none). */
    public boolean pastDeadline() {
        return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0;
    }

    /** Throws the time budget's {@link BudgetExceeded} once the deadline has passed. */
    public void checkDeadline() {
        if (pastDeadline()) {
            throw new BudgetExceeded("time budget", "--timeout", "time budget of " + timeoutSeconds + " s exceeded");
        }
    }
}
