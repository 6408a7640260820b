package org.mmscope.engine.scenario;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.BudgetExceeded;
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
        Scenario.Item at = null;
        int index = 0;
        try {
            for (; index < s.items().size(); index++) {
                Scenario.Item item = s.items().get(index);
                at = item;
                switch (item) {
                case Scenario.StepItem st -> sim.apply(st.op(), st.line());
                case Scenario.ParallelItem par -> {
                    for (Scenario.StepItem st : par.steps()) {
                        at = st;
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
            at = null;
            sim.checkAll(); // an incrementally checked run ends with a whole-state pass
        } catch (InvariantViolation e) {
            return new EraRun(era.name(), results, sim, e.getMessage(), at == null ? 0 : at.line(), null, notReached(s, index, era));
        } catch (BudgetExceeded e) {
            EraRun.BudgetHit hit = new EraRun.BudgetHit(e.budget(), e.flag(), e.getMessage(), at == null ? 0 : at.line(),
                    at == null ? 0 : at.column());
            return new EraRun(era.name(), results, sim, null, 0, hit, notReached(s, index, era));
        }
        return new EraRun(era.name(), results, sim, null, 0);
    }

    /** The expectations of this era from item {@code from} on (the run stopped there). */
    private static List<Scenario.ExpectItem> notReached(Scenario s, int from, KernelEra era) {
        List<Scenario.ExpectItem> out = new ArrayList<>();
        for (int i = from; i < s.items().size(); i++) {
            if (s.items().get(i) instanceof Scenario.ExpectItem ex && ex.appliesTo(era.name())) {
                out.add(ex);
            }
        }
        return out;
    }
}
