package org.mmscope.engine.scenario;

/** One expectation of one era: where it is, what it said, whether it held, and what was found. */
public record ExpectationResult(int line, String text, boolean passed, String actual, int afterStep) {
}
