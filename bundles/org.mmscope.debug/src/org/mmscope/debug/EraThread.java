package org.mmscope.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.mmscope.engine.RunCursor;
import org.mmscope.engine.RunCursor.Stop;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.trace.Change;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmPackage.Literals;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.PteKind;

/**
 * One era of a debugged scenario: its run, recorded in full when the session starts (every kernel call and
 * field-level change), and a {@link RunCursor} over it. Resuming searches the recorded stops for the next
 * breakpoint hit; reverse resume searches backwards; stepping moves the cursor. Every position is the
 * recorded state there — the debugger never runs the kernel rules a second time.
 */
public final class EraThread {
    /** Why the thread stopped where it is. */
    public enum Reason {
        START, STEP, BREAKPOINT, END, BOOT
    }

    private final EraRun run;
    private final Simulation sim;
    private final RunCursor cursor;
    private final List<Breakpoint> breakpoints;
    private Reason reason = Reason.START;
    private Breakpoint hit;
    private Map<String, String> previousValues = Map.of();
    private Map<String, String> shownValues = Map.of();

    EraThread(EraRun run, List<Breakpoint> breakpoints) {
        this.run = run;
        this.sim = run.simulation();
        this.breakpoints = breakpoints;
        this.cursor = new RunCursor(sim);
        cursor.move(new Stop(0, null, true));
        remember();
    }

    public String era() {
        return run.era();
    }

    /** The run as recorded: expectations, hazards, the trace, a violation or budget hit. */
    public EraRun run() {
        return run;
    }

    /** The state at the cursor (the live simulation, moved in place). */
    public Simulation simulation() {
        return sim;
    }

    public Stop at() {
        return cursor.at();
    }

    public Reason reason() {
        return reason;
    }

    /** The breakpoint the last resume stopped at, or null. */
    public Breakpoint hitBreakpoint() {
        return reason == Reason.BREAKPOINT ? hit : null;
    }

    // ------------------------------------------------------------------ running

    /** Forward to the next stop a breakpoint matches, or to the end of the run. */
    public Reason resume() {
        return search(true);
    }

    /** Backward to the previous stop a breakpoint matches, or to the booted machine. */
    public Reason reverseResume() {
        return search(false);
    }

    public Reason stepOver() {
        return stepped(cursor.stepOver());
    }

    public Reason stepInto() {
        return stepped(cursor.stepInto());
    }

    public Reason stepOut() {
        return stepped(cursor.stepOut());
    }

    public Reason stepBack() {
        return stepped(cursor.reverseStepOver());
    }

    public Reason reverseStepInto() {
        return stepped(cursor.reverseStepInto());
    }

    public Reason reverseStepOut() {
        return stepped(cursor.reverseStepOut());
    }

    /**
     * To the end of step {@code step} (0: the booted machine; clamped to the run), as when a view's step is clicked
     * while suspended.
     */
    public Reason moveToStep(int step) {
        return stepped(cursor.move(new Stop(Math.max(0, Math.min(step, sim.stepCount())), null, true)));
    }

    /** The kernel calls active at the position, outermost first (what {@link #stack()} names, innermost first). */
    public List<KernelCall> calls() {
        return cursor.stack();
    }

    private Reason stepped(boolean moved) {
        remember();
        reason = moved ? Reason.STEP : (cursor.at().step() == 0 && cursor.at().call() == null ? Reason.BOOT : Reason.END);
        return reason;
    }

    private Reason search(boolean forward) {
        Stop s = cursor.at();
        while (true) {
            s = forward ? cursor.after(s) : cursor.before(s);
            if (s == null) {
                cursor.move(forward ? lastStop() : new Stop(0, null, true));
                remember();
                reason = forward ? Reason.END : Reason.BOOT;
                return reason;
            }
            for (Breakpoint b : breakpoints) {
                if (b.appliesTo(era()) && matches(b, s)) {
                    cursor.move(s);
                    remember();
                    hit = b;
                    reason = Reason.BREAKPOINT;
                    return reason;
                }
            }
        }
    }

    private Stop lastStop() {
        return new Stop(sim.stepCount(), null, true);
    }

    // ------------------------------------------------------------------ breakpoints against recorded stops

    private boolean matches(Breakpoint b, Stop s) {
        List<TraceStep> steps = sim.trace().steps();
        return switch (b) {
        case Breakpoint.Line l -> s.call() == null && (s.step() < steps.size() && steps.get(s.step()).line() == l.line()
                || expectationsAt(s.step()).stream().anyMatch(e -> e.line() == l.line()));
        case Breakpoint.Function f -> s.enter() && s.call().function().equals(f.function());
        case Breakpoint.OnEvent e -> eventAt(s, e);
        case Breakpoint.Hazard h -> s.call() == null && s.step() > 0
                && steps.get(s.step() - 1).hazards().stream().map(HazardRecord::kind).anyMatch(k -> h.kind() == null || h.kind().equals(k));
        case Breakpoint.ExpectationFails x -> s.call() == null && expectationsAt(s.step()).stream().anyMatch(r -> !r.passed());
        case Breakpoint.InvariantBreaks x -> s.call() == null && run.violation() != null && s.step() == sim.stepCount();
        };
    }

    private List<ExpectationResult> expectationsAt(int afterStep) {
        return run.expectations().stream().filter(e -> e.afterStep() == afterStep).toList();
    }

    /**
     * An event stops right after it happened: at the return of the call whose own changes made it, or at the
     * end of the step for a change the step made outside any call.
     */
    private boolean eventAt(Stop s, Breakpoint.OnEvent e) {
        Predicate<Long> pfn = p -> e.pfn() < 0 || e.pfn() == p;
        if (s.call() == null) { // the end of a step: what the step did outside any kernel call
            if (s.step() == 0) {
                return false;
            }
            TraceStep step = sim.trace().steps().get(s.step() - 1);
            return switch (e.event()) {
            case PINNED ->
                ownChanges(step).stream().anyMatch(c -> c.feature() == Literals.MM_STATE__HANDLES && c.after() instanceof PinHandle h
                        && h.getPfns().stream().anyMatch(pfn::test));
            case DEVICE_WRITE -> step.allCalls().stream().anyMatch(c -> c.function().equals("dma write") && pfn.test(c.pfn()));
            case UNPINNED -> ownChanges(step).stream().anyMatch(c -> unpinned(c, pfn));
            default -> ownChanges(step).stream().anyMatch(c -> frameEvent(c, e.event(), pfn, -1));
            };
        }
        if (!s.exit()) {
            return false;
        }
        if (e.event() == Breakpoint.Event.MIGRATED) { // the era names its move: era-neutral, no change pattern to guess
            return s.call().function().equals(sim.era().migrateMoveName()) && pfn.test(s.call().pfn());
        }
        return s.call().changes().stream()
                .anyMatch(c -> frameEvent(c, e.event(), pfn, s.call().pfn()) || e.event() == Breakpoint.Event.UNPINNED
                        && unpinned(c, pfn));
    }

    private static boolean unpinned(Change c, Predicate<Long> pfn) {
        return c.feature() == Literals.PIN_HANDLE__RELEASED && Boolean.TRUE.equals(c.after())
                && ((PinHandle) c.object()).getPfns().stream().anyMatch(pfn::test);
    }

    /** A frame freed (it left the state's frames) or a PTE turned into a swap entry (in a call about the frame). */
    private static boolean frameEvent(Change c, Breakpoint.Event event, Predicate<Long> pfn, long callPfn) {
        return switch (event) {
        case FREED ->
            c.feature() == Literals.MM_STATE__FRAMES && c.before() instanceof Frame f && c.after() == null && pfn.test(f.getPfn());
        case SWAPPED_OUT ->
            c.feature() == Literals.PTE__KIND && c.after() == PteKind.SWAP && (callPfn < 0 ? pfn.test(-1L) : pfn.test(callPfn));
        default -> false;
        };
    }

    /** The changes a step made itself, outside every kernel call. */
    private static List<Change> ownChanges(TraceStep step) {
        java.util.Set<Change> inCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        step.allCalls().forEach(c -> inCalls.addAll(c.changes()));
        return step.changes().stream().filter(c -> !inCalls.contains(c)).toList();
    }

    // ------------------------------------------------------------------ stack and variables

    /** The debugger's stack: the active kernel calls, innermost first, then the scenario step. */
    public List<String> stack() {
        List<String> out = new ArrayList<>();
        List<KernelCall> calls = cursor.stack();
        for (int i = calls.size() - 1; i >= 0; i--) {
            KernelCall c = calls.get(i);
            out.add(c.function() + (c.pfn() >= 0 ? " [pfn " + c.pfn() + "]" : ""));
        }
        Stop s = cursor.at();
        if (s.step() > 0) { // inside step N, or just after it
            TraceStep st = sim.trace().steps().get(s.step() - 1);
            out.add("line " + st.line() + ": " + st.actor() + ": " + st.text() + (s.call() == null ? " (done)" : ""));
        } else {
            out.add("boot");
        }
        return out;
    }

    /**
     * The source line of the position: the step being run (inside a step), or between steps the step that runs
     * next (the last step's line at the end of the run, 0 before a run without steps).
     */
    public int line() {
        Stop s = cursor.at();
        List<TraceStep> steps = sim.trace().steps();
        if (s.call() != null) {
            return steps.get(s.step() - 1).line();
        }
        if (s.step() < steps.size()) {
            return steps.get(s.step()).line();
        }
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).line();
    }

    /** The variables at the cursor, each marked when it changed since the previous stop. */
    public Variable variables() {
        return StateVariables.of(sim, cursor.at(), previousValues);
    }

    private void remember() {
        previousValues = shownValues;
        shownValues = StateVariables.values(sim, cursor.at());
    }
}
