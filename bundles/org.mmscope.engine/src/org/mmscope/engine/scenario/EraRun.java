package org.mmscope.engine.scenario;

import java.util.List;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.TraceStep;

/**
 * The outcome of a scenario in one era: expectations, hazards, the trace, and the simulation itself (final
 * state, time travel). {@code violation} is set when an invariant broke; {@code budget} when the run ran into a
 * budget (steps, pages per step, frames, PTEs, wall time) — not an invariant violation. Either way the run
 * stopped there, and {@code notEvaluated} lists the expectations of this era it did not reach.
 */
public record EraRun(String era, List<ExpectationResult> expectations, Simulation simulation, String violation,
        int violationLine, BudgetHit budget, List<Scenario.ExpectItem> notEvaluated) {

    /** Where and how a budget stopped the run: {@code message} names the budget and the option that raises it. */
    public record BudgetHit(String budget, String flag, String message, int line, int column) {
    }

    public EraRun(String era, List<ExpectationResult> expectations, Simulation simulation, String violation, int violationLine) {
        this(era, expectations, simulation, violation, violationLine, null, List.of());
    }

    public boolean passed() {
        return violation == null && budget == null && expectations.stream().allMatch(ExpectationResult::passed);
    }

    public List<HazardRecord> hazards() {
        return simulation.trace().hazards();
    }

    public List<TraceStep> steps() {
        return simulation.trace().steps();
    }

    public long failedCount() {
        return expectations.stream().filter(e -> !e.passed()).count();
    }
}
