package org.mmscope.engine.trace;

import org.mmscope.engine.ops.Op;

/**
 * Where add-ons attach to a running engine (the debugger's breakpoints, the explorer's choice points): before a
 * step, on entering and leaving a kernel call, after a step, when a hazard is raised and when an expectation has
 * been evaluated. The engine knows nothing of who listens. Calls are reported only while calls are recorded.
 * Every method does nothing by default; a hook must not change the state.
 */
public interface EngineHooks {
    default void beforeStep(int index, int line, Op op) {
    }

    default void enter(KernelCall call) {
    }

    default void exit(KernelCall call) {
    }

    default void afterStep(TraceStep step) {
    }

    default void hazard(HazardRecord hazard) {
    }

    /** An expectation at {@code line} was evaluated after step {@code afterStep}: held or not, and what was found. */
    default void expectation(int line, int afterStep, boolean holds, String actual) {
    }
}
