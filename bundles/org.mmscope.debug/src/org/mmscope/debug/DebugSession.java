package org.mmscope.debug;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;

/**
 * A debugging session of one scenario: one {@link EraThread} per kernel era it names, each over that era's run
 * recorded in full (omniscient debugging, as GEMOC does it: run once, then move over the recorded steps, kernel
 * calls and changes in both directions). Breakpoints are shared by the threads; each has its own era condition.
 */
public final class DebugSession {
    private final List<Breakpoint> breakpoints = new CopyOnWriteArrayList<>();
    private final List<EraThread> threads = new ArrayList<>();

    private DebugSession() {
    }

    /** Runs the scenario in each of its eras with every change recorded; each thread stops at the booted machine. */
    public static DebugSession start(Scenario scenario) {
        return start(scenario, Simulation.Options.defaults().maxSteps());
    }

    /** As {@link #start(Scenario)}, with a step budget per era (a run that exceeds it stops there, as in a plain run). */
    public static DebugSession start(Scenario scenario, long maxSteps) {
        DebugSession s = new DebugSession();
        ScenarioRunner runner = new ScenarioRunner(
                Simulation.Options.defaults().withChanges(true).withCheckpointEvery(0).withMaxSteps(maxSteps));
        for (String era : scenario.eras()) {
            s.threads.add(new EraThread(runner.runEra(scenario, Eras.byName(era).orElseThrow()), s.breakpoints));
        }
        return s;
    }

    public List<EraThread> threads() {
        return Collections.unmodifiableList(threads);
    }

    public EraThread thread(String era) {
        return threads.stream().filter(t -> t.era().equals(era)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the scenario does not run " + era));
    }

    public void add(Breakpoint b) {
        breakpoints.add(b);
    }

    public void remove(Breakpoint b) {
        breakpoints.remove(b);
    }

    public List<Breakpoint> breakpoints() {
        return Collections.unmodifiableList(breakpoints);
    }
}
