package org.mmscope.engine.scenario;

import java.util.List;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.TraceStep;

/**
 * The outcome of a scenario in one era: expectations, hazards, the trace, and the simulation itself (final
 * state, time travel). {@code violation} is set when an invariant broke or the step budget ran out; the run
 * stopped there.
 */
public record EraRun(String era, List<ExpectationResult> expectations, Simulation simulation, String violation,
        int violationLine) {

    public boolean passed() {
        return violation == null && expectations.stream().allMatch(ExpectationResult::passed);
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
