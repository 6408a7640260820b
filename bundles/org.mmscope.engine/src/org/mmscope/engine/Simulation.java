package org.mmscope.engine;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.check.Expect;
import org.mmscope.engine.check.ExpectationEvaluator;
import org.mmscope.engine.check.ExpectationEvaluator.Verdict;
import org.mmscope.engine.check.HazardDetector;
import org.mmscope.engine.check.Invariants;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.ops.OpExecutor;
import org.mmscope.engine.ops.ProcessOps;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.Trace;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.MmState;

/**
 * The engine's Java API: boot a machine under one era, apply steps, evaluate expectations, read the trace.
 * After every step the invariants are checked (a violation throws {@link org.mmscope.engine.check.InvariantViolation})
 * and dma-diverged is looked for.
 */
public final class Simulation implements ExpectationEvaluator.RunView {
    /**
     * Options of a run. {@code fullCheckEvery}: 1 checks every invariant over the whole state after every step;
     * N > 1 checks only what each step touched (incremental, {@link Invariants#checkTouched}) and the whole state
     * every N steps and on {@link #checkAll}.
     */
    public record Options(boolean recordEvents, boolean checkInvariants, int checkpointEvery, long maxSteps, int fullCheckEvery) {
        public Options(boolean recordEvents, boolean checkInvariants, int checkpointEvery, long maxSteps) {
            this(recordEvents, checkInvariants, checkpointEvery, maxSteps, 1);
        }

        public static Options defaults() {
            return new Options(true, true, 1, 1_000_000);
        }
    }

    private final MachineSpec spec;
    private final KernelEra era;
    private final Options options;
    private final Trace trace;
    private final StateHistory history;
    private final List<Op> applied = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private Kernel kernel;
    private String lastErrno;
    private final org.mmscope.engine.check.ChangeTracker touched;
    private org.mmscope.engine.trace.StepChanges changes;

    private Simulation(MachineSpec spec, KernelEra era, Options options) {
        this.spec = spec;
        this.era = era;
        this.options = options;
        this.trace = new Trace(options.recordEvents());
        this.kernel = new Kernel(MachineBuilder.boot(spec, era.name()), era);
        kernel.setEventSink(trace);
        for (String p : spec.processes()) {
            ProcessOps.createProcess(kernel, p);
        }
        this.history = new StateHistory(options.checkpointEvery());
        history.record(0, kernel.state);
        if (options.checkInvariants() && options.fullCheckEvery() > 1) {
            touched = new org.mmscope.engine.check.ChangeTracker();
            kernel.track(touched);
        } else {
            touched = null;
        }
    }

    /** The invariants after a step: over the whole state, or incrementally with a whole-state pass every N steps. */
    private void checkInvariants(int index) {
        if (touched == null) {
            Invariants.check(kernel);
            return;
        }
        Invariants.checkTouched(kernel, touched);
        touched.clear();
        if (index % options.fullCheckEvery() == 0) {
            Invariants.check(kernel);
        }
    }

    /**
     * Records every field-level change of every step from now on (before the first step), so that
     * {@link #stepBack} can undo steps in place.
     */
    public Simulation recordChanges() {
        if (!applied.isEmpty()) {
            throw new IllegalStateException("recordChanges() must come before the first step");
        }
        changes = new org.mmscope.engine.trace.StepChanges();
        kernel.state.eAdapters().add(changes);
        return this;
    }

    /** How many field-level changes step {@code index} (1-based) made; needs {@link #recordChanges}. */
    public int changesIn(int index) {
        return changes.changesIn(index);
    }

    /**
     * Undoes the last step in place from its recorded changes (the debugger's step back): the state, the trace
     * and the history are as they were before it. Needs {@link #recordChanges}.
     */
    public void stepBack() {
        if (changes == null || applied.isEmpty()) {
            throw new IllegalStateException(changes == null ? "call recordChanges() before the first step" : "nothing to step back from");
        }
        changes.undoLast();
        int index = applied.size();
        applied.remove(index - 1);
        lines.remove(index - 1);
        trace.removeLastStep();
        history.truncate(index - 1);
        kernel = new Kernel(kernel.state, era); // the engine's indexes are rebuilt from the restored state
        kernel.setEventSink(trace);
        if (touched != null) {
            touched.clear();
            kernel.track(touched);
        }
    }

    /** Checks every invariant over the whole state now (the end of an incrementally checked run). */
    public void checkAll() {
        if (options.checkInvariants()) {
            Invariants.check(kernel);
        }
    }

    public static Simulation boot(MachineSpec spec, KernelEra era) {
        return boot(spec, era, Options.defaults());
    }

    public static Simulation boot(MachineSpec spec, KernelEra era, Options options) {
        return new Simulation(spec, era, options);
    }

    /** Applies one step. A failing step records its errno and does not stop the run. */
    public TraceStep apply(Op op, int line) {
        int index = applied.size() + 1;
        if (index > options.maxSteps()) {
            throw new StepBudgetExceeded(options.maxSteps(), line);
        }
        applied.add(op);
        lines.add(line);
        if (changes != null) {
            changes.beginStep();
        }
        trace.beginStep(index, line);
        kernel.state.setStepIndex(index);
        OpExecutor.Result r = OpExecutor.execute(kernel, op);
        lastErrno = r.errno();
        HazardDetector.afterStep(kernel);
        if (options.checkInvariants()) {
            checkInvariants(index);
        }
        history.record(index, kernel.state);
        return trace.endStep(op, r.errno(), r.message());
    }

    public Verdict expect(Expect e) {
        Verdict v = ExpectationEvaluator.evaluate(kernel, this, e);
        if (options.checkInvariants()) {
            checkInvariants(-1); // reads in expectations fault pages in too
        }
        return v;
    }

    /**
     * The state as it was after step {@code index} (0 = booted), rebuilt from the nearest checkpoint and a
     * deterministic replay. The live state is not touched.
     */
    public MmState stateAt(int index) {
        StateHistory.Checkpoint c = history.nearest(index);
        Kernel replay = new Kernel(c.copy(), era);
        for (int i = c.index(); i < index; i++) {
            replay.state.setStepIndex(i + 1);
            OpExecutor.execute(replay, applied.get(i));
        }
        return replay.state;
    }

    public MmState state() {
        return kernel.state;
    }

    public Kernel kernel() {
        return kernel;
    }

    public KernelEra era() {
        return era;
    }

    public MachineSpec spec() {
        return spec;
    }

    public Trace trace() {
        return trace;
    }

    public int stepCount() {
        return applied.size();
    }

    @Override
    public String lastErrno() {
        return lastErrno;
    }

    @Override
    public boolean hazardRaised(String kind) {
        return trace.hazardRaised(kind);
    }

    @Override
    public List<String> hazardsRaised() {
        return trace.hazards().stream().map(HazardRecord::kind).distinct().toList();
    }
}
