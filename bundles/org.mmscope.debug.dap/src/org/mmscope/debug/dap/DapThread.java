package org.mmscope.debug.dap;

import org.mmscope.debug.EraThread;
import org.mmscope.engine.RunCursor.Stop;

/**
 * One era of the debugged scenario as a DAP thread: its id, the core's {@link EraThread}, whether it ran past the
 * end of its recorded run (the thread has then exited), and what the last stop showed (the line and, for an
 * exception stop, what was raised).
 */
final class DapThread {
    final int id;
    final EraThread core;
    boolean ended;
    /** The line the last stop shows when it is not the core's line (an expectation's line); 0: the core's. */
    int lineOverride;
    /** For an exception stop: the exception id (hazard kind, "expectation", "invariant") and its description. */
    String exceptionId;
    String exceptionDescription;

    DapThread(int id, EraThread core) {
        this.id = id;
        this.core = core;
    }

    String era() {
        return core.era();
    }

    /** The source line the current position shows (1-based). */
    int line() {
        return lineOverride > 0 ? lineOverride : core.line();
    }

    /** Whether the cursor is after the last recorded step, where a step forward ends the thread. */
    boolean atEndOfRun() {
        Stop s = core.at();
        return s.call() == null && s.step() == core.simulation().stepCount();
    }

    void clearStop() {
        lineOverride = 0;
        exceptionId = null;
        exceptionDescription = null;
    }
}
