package org.mmscope.engine.trace;

/** One thing a kernel function did to the state (pfn -1: not about one frame). */
public record TraceEvent(String function, long pfn, String detail) {
}
