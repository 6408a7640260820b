package org.mmscope.engine;

/**
 * A run ran into one of its budgets (steps, pages per step, frames, PTEs, wall time): the era's run stops there.
 * It is not an invariant violation and not an errno of the step: the scenario asked for more than the run may
 * use. {@code budget} names the budget, {@code flag} the command-line option that raises it.
 */
public class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String budget;
    private final String flag;

    public BudgetExceeded(String budget, String flag, String message) {
        super(message + " (raise it with " + flag + ")", null, false, false);
        this.budget = budget;
        this.flag = flag;
    }

    /** The budget's name: "step budget", "page budget", "frame budget", "PTE budget", "time budget". */
    public String budget() {
        return budget;
    }

    /** The option that raises it, e.g. {@code --max-pages-per-step}. */
    public String flag() {
        return flag;
    }
}
