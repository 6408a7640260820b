package org.mmscope.debug.ui.model;

import org.eclipse.debug.core.DebugEvent;
import org.mmscope.debug.EraThread;

/** The one mapping from why the core stopped to the platform's suspend detail code. */
final class StopDetails {
    private StopDetails() {
    }

    static int of(EraThread.Reason reason) {
        return switch (reason) {
        case BREAKPOINT -> DebugEvent.BREAKPOINT;
        case STEP, END, BOOT -> DebugEvent.STEP_END;
        case START -> DebugEvent.CLIENT_REQUEST;
        };
    }
}
