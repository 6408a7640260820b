package org.mmscope.ui.views;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.model.mm.MmState;

/**
 * What the mmscope views show: the last run, the era and step in focus, and the frame in focus (selected in
 * the Frames view). The views never compute kernel logic. Time travel moves the engine's cursor: focusing a
 * step seeks the era's simulation there ({@code Simulation.seek}, undoing or redoing its recorded changes in
 * place), so the state the views show is the simulation's own. A run that kept no changes (not made by
 * {@link #runner()}) is shown through a replay instead ({@code Simulation.stateAt}). UI thread only.
 */
public final class RunContext {
    /** Told when the run or the focus changes. */
    public interface Listener {
        void focusChanged(RunContext context);
    }

    private static final RunContext INSTANCE = new RunContext();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private RunResult run;
    private int era;
    private int step = -1;
    private long frame = -1;
    private MmState position;
    private MmState cached;
    private RunResult cachedRun;
    private int cachedEra = -1;
    private int cachedStep = -2;

    public static RunContext get() {
        return INSTANCE;
    }

    /** How the IDE runs scenarios: every change recorded, so that the views can move the cursor over the run. */
    public static ScenarioRunner runner() {
        return new ScenarioRunner(Simulation.Options.defaults().withChanges(true).withCheckpointEvery(0));
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** A new run: focus on its first era, final state. */
    public void publish(RunResult result) {
        leave();
        run = result;
        position = null;
        era = 0;
        step = -1;
        frame = -1;
        fire();
    }

    public void focusEra(int index) {
        if (run != null && index >= 0 && index < run.eras().size() && index != era) {
            leave();
            era = index;
            step = -1;
            position = null;
            fire();
        }
    }

    /** Focus on the state after step {@code index} (-1: the final state). */
    public void focusStep(int index) {
        if (run != null && (index != step || position != null)) {
            step = index;
            position = null;
            fire();
        }
    }

    /**
     * Focus on a debugger position (possibly inside a step's kernel calls): the views show {@code state}, the
     * state there, until the next publish or focus change; {@code step} is the last step fully done.
     */
    public void focusPosition(RunResult result, int eraIndex, int stepDone, MmState state) {
        run = result;
        era = eraIndex;
        step = stepDone;
        position = state;
        fire();
    }

    /** Whether the views show a debugger position rather than a state after a step. */
    public boolean atDebugPosition() {
        return position != null;
    }

    /** Focus on one frame (-1: none): views highlight what involves it; the state stays the same. */
    public void focusFrame(long pfn) {
        if (pfn != frame) {
            frame = pfn;
            fire();
        }
    }

    /** The frame in focus, or -1. */
    public long frame() {
        return frame;
    }

    public RunResult run() {
        return run;
    }

    public EraRun eraRun() {
        return run == null ? null : run.eras().get(era);
    }

    public int eraIndex() {
        return era;
    }

    public int step() {
        return step;
    }

    /** The state in focus: after the focused step, or the final state. */
    public MmState state() {
        EraRun e = eraRun();
        if (e == null) {
            return null;
        }
        if (position != null) {
            return position;
        }
        Simulation sim = e.simulation();
        if (sim.trace().recordsChanges()) {
            Simulation.Position at = Simulation.Position.afterStep(step < 0 ? sim.stepCount() : Math.min(step, sim.stepCount()));
            if (!sim.position().equals(at)) {
                sim.seek(at);
            }
            return sim.state();
        }
        if (cachedRun != run || cachedEra != era || cachedStep != step) { // several views ask per change: replay once
            cached = step < 0 ? sim.state() : sim.stateAt(step);
            cachedRun = run;
            cachedEra = era;
            cachedStep = step;
        }
        return cached;
    }

    /** The simulation in focus goes back to its final state (its cursor to the end) before the focus leaves it. */
    private void leave() {
        EraRun e = eraRun();
        if (e != null && e.simulation().trace().recordsChanges() && !e.simulation().atEnd()) {
            e.simulation().seek(Simulation.Position.afterStep(e.simulation().stepCount()));
        }
    }

    private void fire() {
        for (Listener l : listeners) {
            l.focusChanged(this);
        }
    }
}
