package org.mmscope.engine;

/** A runaway scenario ran into the step budget. */
public final class StepBudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StepBudgetExceeded(long budget, int line) {
        super("step budget of " + budget + " steps exceeded at line " + line + " (raise it with --max-steps)", null, false, false);
    }
}
