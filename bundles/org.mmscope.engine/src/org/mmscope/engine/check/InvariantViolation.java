package org.mmscope.engine.check;

/** Model corruption or an engine bug (SEMANTICS.md §8): the run reports it and fails. */
public final class InvariantViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvariantViolation(String message) {
        super(message, null, false, false);
    }
}
