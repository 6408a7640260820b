package org.mmscope.engine.trace;

import java.util.List;

/**
 * One executed step: what was asked (actor, text, source line), how it ended (errno or null), and the events
 * and hazards it produced. Steps are numbered from 1; step 0 is the booted machine.
 */
public record TraceStep(int index, int line, String actor, String text, String errno, String message,
        List<TraceEvent> events, List<HazardRecord> hazards) {
    public boolean failed() {
        return errno != null;
    }
}
