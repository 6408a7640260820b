package org.mmscope.engine.scenario;

import java.util.List;

/** A scenario run in every era it names, side by side. */
public record RunResult(Scenario scenario, List<EraRun> eras) {
    public boolean passed() {
        return eras.stream().allMatch(EraRun::passed);
    }
}
