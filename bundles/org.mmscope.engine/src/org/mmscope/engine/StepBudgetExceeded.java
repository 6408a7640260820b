package org.mmscope.engine;

/** A runaway scenario ran into the step budget. */
public final class StepBudgetExceeded extends BudgetExceeded {
    private static final long serialVersionUID = 1L;

    public StepBudgetExceeded(long budget, int line) {
        super("step budget", "--max-steps", "step budget of " + budget + " steps exceeded at line " + line);
    }
}
