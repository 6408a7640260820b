package org.mmscope.engine.trace;

import java.util.List;

import org.mmscope.engine.ops.Op;
import org.mmscope.engine.ops.OpExecutor;

/**
 * One executed step: what was asked (the operation and its source line), how it ended (errno or null), and
 * the events and hazards it produced. Steps are numbered from 1; step 0 is the booted machine.
 */
public record TraceStep(int index, int line, Op op, String errno, String message, List<TraceEvent> events,
        List<HazardRecord> hazards) {
    public boolean failed() {
        return errno != null;
    }

    /** Who performed the step: a process, a device or the kernel. */
    public String actor() {
        return OpExecutor.actorOf(op);
    }

    /** The step as one line of text. */
    public String text() {
        return OpExecutor.describe(op);
    }
}
