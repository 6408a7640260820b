package org.mmscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mmscope.engine.check.Expect;
import org.mmscope.engine.check.ExpectationEvaluator;
import org.mmscope.engine.check.ExpectationEvaluator.Verdict;
import org.mmscope.engine.check.HazardDetector;
import org.mmscope.engine.check.Invariants;
import org.mmscope.engine.check.TouchedObjects;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.kernel.IndexRepair;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.ops.OpExecutor;
import org.mmscope.engine.ops.ProcessOps;
import org.mmscope.engine.state.CanonicalHash;
import org.mmscope.engine.trace.Call;
import org.mmscope.engine.trace.Change;
import org.mmscope.engine.trace.EngineHooks;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.PteMoves;
import org.mmscope.engine.trace.Trace;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.Pte;

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
    public record Options(boolean recordEvents, boolean checkInvariants, int checkpointEvery, long maxSteps, int fullCheckEvery,
            boolean recordChanges, Budgets budgets) {
        public Options(boolean recordEvents, boolean checkInvariants, int checkpointEvery, long maxSteps, int fullCheckEvery,
                boolean recordChanges) {
            this(recordEvents, checkInvariants, checkpointEvery, maxSteps, fullCheckEvery, recordChanges, Budgets.NONE);
        }

        public Options(boolean recordEvents, boolean checkInvariants, int checkpointEvery, long maxSteps, int fullCheckEvery) {
            this(recordEvents, checkInvariants, checkpointEvery, maxSteps, fullCheckEvery, false);
        }

        public Options(boolean recordEvents, boolean checkInvariants, int checkpointEvery, long maxSteps) {
            this(recordEvents, checkInvariants, checkpointEvery, maxSteps, 1);
        }

        /** Calls recorded, every invariant after every step, a checkpoint per step, a million steps at most, default budgets. */
        public static Options defaults() {
            return new Options(true, true, 1, 1_000_000).withBudgets(Budgets.defaults());
        }

        /** Whether the kernel calls of each step are recorded (off for benchmarks and bulk exploration). */
        public Options withCalls(boolean on) {
            return new Options(on, checkInvariants, checkpointEvery, maxSteps, fullCheckEvery, recordChanges, budgets);
        }

        public Options withInvariants(boolean on) {
            return new Options(recordEvents, on, checkpointEvery, maxSteps, fullCheckEvery, recordChanges, budgets);
        }

        /** A full state copy every {@code n} steps for {@link Simulation#stateAt} (0: only the booted state). */
        public Options withCheckpointEvery(int n) {
            return new Options(recordEvents, checkInvariants, n, maxSteps, fullCheckEvery, recordChanges, budgets);
        }

        public Options withMaxSteps(long n) {
            return new Options(recordEvents, checkInvariants, checkpointEvery, n, fullCheckEvery, recordChanges, budgets);
        }

        /** 1: every invariant over the whole state after every step; N > 1: incremental, whole state every N steps. */
        public Options withFullCheckEvery(int n) {
            return new Options(recordEvents, checkInvariants, checkpointEvery, maxSteps, n, recordChanges, budgets);
        }

        /** Every field-level change recorded, so the cursor can move over the run (the debugger's mode). */
        public Options withChanges(boolean on) {
            return new Options(recordEvents, checkInvariants, checkpointEvery, maxSteps, fullCheckEvery, on, budgets);
        }

        /** Pages per step, frames, PTEs and wall time ({@link Budgets}); a hit stops the run with {@link BudgetExceeded}. */
        public Options withBudgets(Budgets b) {
            return new Options(recordEvents, checkInvariants, checkpointEvery, maxSteps, fullCheckEvery, recordChanges, b);
        }
    }

    private final MachineSpec spec;
    private final KernelEra era;
    private final Options options;
    private final Trace trace;
    private final StateHistory history;
    private final List<Op> applied = new ArrayList<>();
    /** The reads that expectations after step i+1 faulted in, replayed with it. */
    private final List<List<Op.Range>> expectationReads = new ArrayList<>();
    private Kernel kernel;
    private String lastErrno;
    /** What the steps touched, from the change recorder's stream (incremental invariant checks only). */
    private final TouchedObjects touched;
    private final List<EngineHooks> hooks = new ArrayList<>();
    /** The cursor: steps fully applied, and changes of the next step applied (with the change recorder). */
    private int cursorStep;
    private int cursorChange;

    private Simulation(MachineSpec spec, KernelEra era, Options options) {
        this.spec = spec;
        this.era = era;
        this.options = options;
        this.trace = new Trace(options.recordEvents());
        this.kernel = new Kernel(MachineBuilder.boot(spec, era.name()), era);
        kernel.setEventSink(trace);
        kernel.setBudgets(options.budgets());
        for (String p : spec.processes()) {
            ProcessOps.createProcess(kernel, p);
        }
        this.history = new StateHistory(options.checkpointEvery());
        history.record(0, kernel.state());
        if (options.recordChanges()) {
            trace.recordChanges(kernel.state());
        }
        if (options.checkInvariants() && options.fullCheckEvery() > 1) {
            touched = new TouchedObjects();
            trace.addChangeListener(kernel.state(), touched);
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
     * Records every field-level change of every step from now on (before the first step), each under its step
     * and the innermost kernel call that made it; the cursor ({@link #seek}) then moves over the run in place.
     */
    public Simulation recordChanges() {
        if (!applied.isEmpty()) {
            throw new IllegalStateException("recordChanges() must come before the first step");
        }
        trace.recordChanges(kernel.state());
        return this;
    }

    /** How many field-level changes step {@code index} (1-based) made; needs {@link #recordChanges}. */
    public int changesIn(int index) {
        return trace.steps().get(index - 1).changes().size();
    }

    /** Engine hooks (breakpoints, choice points); they see steps, calls, hazards and expectations from now on. */
    public void addHooks(EngineHooks h) {
        hooks.add(h);
        trace.addHooks(h);
    }

    // ------------------------------------------------------------------ the cursor

    /** Where the cursor is: {@code step} steps fully applied and the first {@code change} changes of the next. */
    public record Position(int step, int change) {
        public static final Position BOOT = new Position(0, 0);

        public static Position afterStep(int step) {
            return new Position(step, 0);
        }
    }

    public Position position() {
        return new Position(cursorStep, cursorChange);
    }

    /** Whether the cursor is after the last recorded step (where running further appends). */
    public boolean atEnd() {
        return cursorStep == applied.size() && cursorChange == 0;
    }

    /**
     * Moves the state in place to {@code p} by undoing or redoing recorded changes — never replaying, never
     * dropping the recorded future. Needs {@link #recordChanges}.
     */
    public void seek(Position p) {
        if (!trace.recordsChanges()) {
            throw new IllegalStateException("call recordChanges() before the first step to move the cursor");
        }
        int steps = applied.size();
        if (p.step() < 0 || p.step() > steps || p.change() < 0 || (p.step() == steps ? p.change() > 0
                : p.change() > changesIn(p.step() + 1))) {
            throw new IllegalArgumentException("no such position " + p + " in a run of " + steps + " step(s)");
        }
        IndexRepair repair = kernel.indexRepair();
        trace.replaying(() -> {
            while (compare(position(), p) > 0) {
                repair.note(undoOne());
            }
            while (compare(position(), p) < 0) {
                repair.note(redoOne());
            }
        });
        Position normal = position();
        if (normal.step() < steps && normal.change() == changesIn(normal.step() + 1)) {
            cursorStep++;
            cursorChange = 0;
        }
        if (repair.indexedChanges() > 0 && !kernel.repairIndexes(repair)) {
            kernel = new Kernel(kernel.state(), era); // nothing to patch from: the indexes are built from the state
            kernel.setEventSink(trace);
            kernel.setBudgets(options.budgets());
        }
        if (touched != null) {
            touched.clear(); // the cursor is back at a state that was checked when it was recorded
        }
        lastErrno = cursorStep == 0 ? null : trace.steps().get(cursorStep - 1).errno();
    }

    private static int compare(Position a, Position b) {
        return a.step() != b.step() ? Integer.compare(a.step(), b.step()) : Integer.compare(a.change(), b.change());
    }

    /** Undoes the change before the cursor (or moves over a step boundary); returns it, or null. */
    private Change undoOne() {
        if (cursorChange == 0) {
            cursorStep--;
            cursorChange = changesIn(cursorStep + 1);
            if (cursorChange == 0) {
                return null;
            }
        }
        cursorChange--;
        Change c = trace.steps().get(cursorStep).changes().get(cursorChange);
        c.undo();
        return c;
    }

    private Change redoOne() {
        List<Change> next = trace.steps().get(cursorStep).changes();
        if (cursorChange == next.size()) {
            cursorStep++;
            cursorChange = 0;
            return null;
        }
        Change c = next.get(cursorChange);
        c.redo();
        cursorChange++;
        return c;
    }

    /** A point of the run to come back to: the cursor position (cheap: no state is copied). */
    public record Snapshot(Position position) {
    }

    /** Where the run is now, to {@link #restore} later (needs {@link #recordChanges}). */
    public Snapshot snapshot() {
        if (!trace.recordsChanges()) {
            throw new IllegalStateException("call recordChanges() before the first step to take snapshots");
        }
        return new Snapshot(position());
    }

    /**
     * Back to a snapshot to run a different continuation from there (the explorer's branch): the cursor moves
     * there by undoing changes, and the steps recorded after it are dropped — unlike {@link #seek}, which keeps
     * them. The snapshot must be at a step boundary.
     */
    public void restore(Snapshot s) {
        if (s.position().change() != 0) {
            throw new IllegalArgumentException("snapshots to branch from are taken between steps, not at " + s.position());
        }
        seek(s.position());
        int keep = s.position().step();
        while (applied.size() > keep) {
            applied.remove(applied.size() - 1);
            expectationReads.remove(expectationReads.size() - 1);
        }
        trace.truncate(keep);
        history.truncate(keep);
    }

    /**
     * The canonical abstract hash of the state at the cursor ({@link CanonicalHash}): equal for states that no
     * later step or expectation can tell apart, whatever the pfns, step numbers and clocks.
     */
    public String canonicalHash() {
        return canonicalDigest().hex();
    }

    /** {@link #canonicalHash} as its two 64-bit halves. */
    public CanonicalHash.Digest canonicalDigest() {
        return CanonicalHash.digest(kernel, trace.hazardsUpTo(cursorStep).stream().map(HazardRecord::kind).toList(), lastErrno,
                pfnsBeforeStep());
    }

    /** The text {@link #canonicalHash} is taken of (to read why two states differ). */
    public String canonicalText() {
        return CanonicalHash.text(kernel, trace.hazardsUpTo(cursorStep).stream().map(HazardRecord::kind).toList(), lastErrno,
                pfnsBeforeStep());
    }

    /**
     * What the PTEs the step at the cursor rewrote mapped before it (pfn, or -1): from its recorded changes, or in
     * a run that keeps none, from the state before it ({@link #stateAt}).
     */
    private Map<Pte, Long> pfnsBeforeStep() {
        if (cursorStep == 0 && cursorChange == 0) {
            return Map.of();
        }
        TraceStep step = trace.steps().get(cursorChange > 0 ? cursorStep : cursorStep - 1);
        if (step != movesOf || cursorChange != movesAt) { // asked by several expectations and hashes at one position
            if (trace.recordsChanges()) {
                movesBefore = PteMoves.fromChanges(cursorChange > 0 ? step.changes().subList(0, cursorChange) : step.changes());
            } else {
                movesBefore = PteMoves.between(stateAt(cursorStep - 1), kernel.state());
            }
            movesOf = step; // an amended step (an expectation's faults) is a new TraceStep
            movesAt = cursorChange;
        }
        return movesBefore;
    }

    private TraceStep movesOf;
    private int movesAt;
    private Map<Pte, Long> movesBefore;

    @Override
    public long pfnBeforeLastStep(Pte pte, long current) {
        return pte == null ? current : pfnsBeforeStep().getOrDefault(pte, current);
    }

    /** The debugger's step back: the cursor to the state before the last step it passed; the future stays recorded. */
    public void stepBack() {
        if (cursorStep == 0 && cursorChange == 0) {
            throw new IllegalStateException("nothing to step back from");
        }
        seek(Position.afterStep(cursorChange > 0 ? cursorStep : cursorStep - 1));
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

    /**
     * Applies one step at the end of the run. A failing step records its errno and does not stop the run.
     * With the cursor moved back, seek to the end first: the recorded future is not rewritten.
     */
    public TraceStep apply(Op op, int line) {
        if (!atEnd()) {
            throw new IllegalStateException("the cursor is at " + position() + " of " + applied.size()
                    + " recorded step(s): seek to the end before running further");
        }
        int index = applied.size() + 1;
        if (index > options.maxSteps()) {
            throw new StepBudgetExceeded(options.maxSteps(), line);
        }
        options.budgets().checkDeadline(); // between steps: a step that did not start left nothing behind
        applied.add(op);
        expectationReads.add(new ArrayList<>());
        trace.beginStep(index, line, op);
        kernel.state().setStepIndex(index);
        OpExecutor.Result r;
        try {
            r = OpExecutor.execute(kernel, op);
        } catch (BudgetExceeded e) {
            // the run ends here: the step is in the trace with what it did before the budget stopped it
            lastErrno = null;
            cursorStep = index;
            trace.endStep(null, e.getMessage());
            throw e;
        }
        lastErrno = r.errno();
        HazardDetector.afterStep(kernel);
        cursorStep = index;
        TraceStep done = trace.endStep(r.errno(), r.message()); // in the trace also when an invariant breaks below
        if (options.checkInvariants()) {
            checkInvariants(index);
        }
        history.record(index, kernel.state());
        return done;
    }

    public Verdict expect(Expect e) {
        return expect(e, 0);
    }

    /**
     * Evaluates an expectation at source line {@code line} after the last step. A read that has to fault pages
     * in records those faults in the trace, under the last step, as a call {@code expect read} at this line, and
     * stateAt replays them: the trace, the cursor and the live state agree.
     */
    public Verdict expect(Expect e, int line) {
        if (!atEnd()) {
            throw new IllegalStateException("expectations are evaluated at the end of the run, not at " + position());
        }
        options.budgets().checkDeadline();
        if (e instanceof Expect.ReadEquals r && !applied.isEmpty() && ProcessOps.readFaults(kernel, r.range())) {
            faultInForExpectation(r.range(), line);
        }
        Verdict v = ExpectationEvaluator.evaluate(kernel, this, e);
        for (EngineHooks h : hooks) {
            h.expectation(line, applied.size(), v.holds(), v.actual());
        }
        return v;
    }

    private void faultInForExpectation(Op.Range range, int line) {
        trace.reopenLastStep();
        try (Call c = kernel.enter("expect read", null, "line " + line + ": " + range + " faulted in by the expectation")) {
            ProcessOps.touch(kernel, range);
        } catch (SyscallException ex) {
            // the evaluation below reports it
        }
        HazardDetector.afterStep(kernel);
        trace.endAmend(); // filed before the check, so a broken invariant leaves a consistent trace
        expectationReads.get(applied.size() - 1).add(range);
        if (options.checkInvariants()) {
            checkInvariants(-1);
        }
        history.replaceLast(applied.size(), kernel.state());
    }

    /**
     * The state as it was after step {@code index} (0 = booted), rebuilt from the nearest checkpoint and a
     * deterministic replay. The live state is not touched.
     */
    public MmState stateAt(int index) {
        StateHistory.Checkpoint c = history.nearest(index);
        Kernel replay = new Kernel(c.copy(), era);
        replay.setBudgets(options.budgets().withTimeout(0)); // a step the budget stopped stops where it did
        for (int i = c.index(); i < index; i++) {
            replay.state().setStepIndex(i + 1);
            try {
                OpExecutor.execute(replay, applied.get(i));
            } catch (BudgetExceeded e) {
                break; // the last step of a run that hit a budget
            }
            for (Op.Range r : expectationReads.get(i)) {
                try {
                    ProcessOps.touch(replay, r);
                } catch (SyscallException ex) {
                    // as when it was recorded
                }
            }
        }
        return replay.state();
    }

    public MmState state() {
        return kernel.state();
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

    /** How many steps the run has recorded (the cursor may be anywhere among them). */
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
