package org.mmscope.engine.trace;

/** A hazard (LANGUAGE.md) with the step and source line that raised it. */
public record HazardRecord(String kind, long pfn, int step, int line, String message) {
}
