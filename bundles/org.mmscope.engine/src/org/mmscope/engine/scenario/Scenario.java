package org.mmscope.engine.scenario;

import java.util.List;

import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;

/**
 * A scenario as the engine runs it: title, eras, machine, and the statements in order, each with its source
 * line. The DSL produces one; programs may build one directly.
 */
public record Scenario(String title, String source, List<String> eras, MachineSpec machine, List<Item> items) {

    /** One statement: a step or an expectation. */
    public sealed interface Item {
        int line();

        /** The column the statement starts at (1-based; 1 when unknown). */
        default int column() {
            return 1;
        }
    }

    /** One step at {@code line}:{@code column}; {@code text} is how the file wrote it (for counterexamples and reports). */
    public record StepItem(int line, int column, Op op, String text) implements Item {
        public StepItem(int line, Op op, String text) {
            this(line, 1, op, text);
        }
    }

    /**
     * A {@code parallel} block (lines {@code line}..{@code endLine}): run executes the steps in the written
     * order; explore tries every interleaving that keeps each actor's own steps in order.
     */
    public record ParallelItem(int line, int endLine, List<StepItem> steps) implements Item {
    }

    /** An expectation; {@code eras} empty means every era. {@code text} is how the file wrote it. */
    public record ExpectItem(int line, int column, List<String> eras, Expect expect, String text) implements Item {
        public ExpectItem(int line, List<String> eras, Expect expect, String text) {
            this(line, 1, eras, expect, text);
        }

        public boolean appliesTo(String era) {
            return eras.isEmpty() || eras.contains(era);
        }
    }
}
