package org.mmscope.engine.scenario;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.StepBudgetExceeded;
import org.mmscope.engine.check.ExpectationEvaluator.Verdict;
import org.mmscope.engine.check.InvariantViolation;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.era.KernelEra;

/** Runs a scenario once per era: steps in order, expectations where they stand. */
public final class ScenarioRunner {
    private final Simulation.Options options;

    public ScenarioRunner(Simulation.Options options) {
        this.options = options;
    }

    public ScenarioRunner() {
        this(Simulation.Options.defaults());
    }

    public RunResult run(Scenario s) {
        List<EraRun> runs = new ArrayList<>();
        for (String name : s.eras()) {
            KernelEra era = Eras.byName(name).orElseThrow(() -> new IllegalArgumentException("unknown kernel era " + name));
            runs.add(runEra(s, era));
        }
        return new RunResult(s, runs);
    }

    public EraRun runEra(Scenario s, KernelEra era) {
        Simulation sim = Simulation.boot(s.machine(), era, options);
        List<ExpectationResult> results = new ArrayList<>();
        int line = 0;
        try {
            for (Scenario.Item item : s.items()) {
                line = item.line();
                switch (item) {
                case Scenario.StepItem st -> sim.apply(st.op(), st.line());
                case Scenario.ParallelItem par -> {
                    for (Scenario.StepItem st : par.steps()) {
                        line = st.line();
                        sim.apply(st.op(), st.line());
                    }
                }
                case Scenario.ExpectItem ex -> {
                    if (ex.appliesTo(era.name())) {
                        Verdict v = sim.expect(ex.expect(), ex.line());
                        results.add(new ExpectationResult(ex.line(), ex.text(), v.holds(), v.actual(), sim.stepCount()));
                    }
                }
                }
            }
            sim.checkAll(); // an incrementally checked run ends with a whole-state pass
        } catch (InvariantViolation | StepBudgetExceeded e) {
            return new EraRun(era.name(), results, sim, e.getMessage(), line);
        }
        return new EraRun(era.name(), results, sim, null, 0);
    }
}
