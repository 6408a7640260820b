package org.mmscope.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The per-input time limit: an input that is not done within {@link #SECONDS} is a finding (a hang), whether the
 * fuzz test replays its inputs or fuzzes. Not JUnit's {@code @Timeout}: while fuzzing, JUnit would apply that to
 * the whole campaign, which is one invocation of the test method. The budgets of {@link ScenarioPipeline} stop
 * a runaway scenario long before this.
 */
final class Watchdog {
    /** Seconds one input may take (system property {@code mmscope.fuzz.inputSeconds}). */
    static final long SECONDS = Long.getLong("mmscope.fuzz.inputSeconds", 60);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mmscope-fuzz-input");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    /** Runs {@code check} on a worker thread; rethrows what it threw, or fails when it outlives the limit. */
    static void within(String what, Runnable check) {
        Future<?> f = WORKER.submit(check);
        try {
            f.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError(what + " took longer than " + SECONDS + " s (a hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError(e.getCause());
        }
    }
}
