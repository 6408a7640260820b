package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.era.Eras;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.scenario.Scenario;

/**
 * {@code explore}: a depth-first search, per era, over every interleaving of the scenario's {@code parallel}
 * blocks (each actor keeps its written order) and, when asked, kernel events inserted before any step — with
 * states merged by canonical hash and, unless turned off, a partial-order reduction (sleep sets) over steps whose
 * footprints are disjoint ({@link EraSearch}, {@link Footprint}). Expectations are checked where they stand on
 * every path and invariants after every step; each era reports its shortest failing schedule.
 */
public final class Explorer {
    /** What exploring the scenario found, era by era (in the order the scenario names them). */
    public record Outcome(Scenario scenario, List<EraOutcome> eras) {
        public boolean passed() {
            return eras.stream().allMatch(EraOutcome::passed);
        }

        public long schedules() {
            return eras.stream().mapToLong(EraOutcome::schedules).sum();
        }
    }

    private final ExploreOptions options;

    public Explorer(ExploreOptions options) {
        this.options = options;
    }

    public Outcome explore(Scenario s) {
        Program program = new Program(s);
        List<EraOutcome> out = new ArrayList<>();
        for (String name : s.eras()) {
            KernelEra era = Eras.byName(name).orElseThrow(() -> new IllegalArgumentException("unknown kernel era " + name));
            out.add(new EraSearch(s, program, era, options).run());
        }
        return new Outcome(s, out);
    }
}
