package org.mmscope.engine;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.Simulation.Position;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;

/**
 * The debugger's way over a recorded run (needs {@code Simulation.recordChanges()}): stops at the entry and the
 * return of every kernel call and at the end of every step, with step into / over / out and their reverses, as
 * a source-level debugger has them. Every move seeks the simulation in place to the stop's position, so the
 * state is exactly the recorded one there; the recorded future is never touched.
 *
 * <p>Step over at the end of a step runs the next scenario step; inside a call it skips the call's callees.
 * Step out returns from the current function (at the top of a step: to the step's end).
 */
public final class RunCursor {
    /** Where the cursor can stop. {@code call} is null for the end of a step (step 0: the booted machine). */
    public record Stop(int step, KernelCall call, boolean exit) {
        /** Entering {@code call} (its changes not yet made), or returning from it. */
        public boolean enter() {
            return call != null && !exit;
        }

        Position position() {
            if (call == null) {
                return Position.afterStep(step);
            }
            return new Position(step - 1, exit ? call.endChange() : call.firstChange());
        }

        @Override
        public String toString() {
            return call == null ? "end of step " + step : (exit ? "return from " : "enter ") + call.function() + " (step " + step + ")";
        }
    }

    private final Simulation sim;
    private Stop at;

    /** A cursor at the simulation's current step boundary. */
    public RunCursor(Simulation sim) {
        this.sim = sim;
        Position p = sim.position();
        if (p.change() != 0) {
            throw new IllegalArgumentException("start a cursor between steps, not at " + p);
        }
        this.at = new Stop(p.step(), null, true);
    }

    public Stop at() {
        return at;
    }

    /**
     * The kernel functions active at the stop, outermost first (the debugger's stack frames under the step);
     * empty at the end of a step.
     */
    public List<KernelCall> stack() {
        List<KernelCall> out = new ArrayList<>();
        for (KernelCall c = frame(); c != null; c = c.parent()) {
            out.add(0, c);
        }
        return out;
    }

    /** The function the cursor is in: the call being entered, or the caller a call has returned to. */
    private KernelCall frame() {
        if (at.call() == null) {
            return null;
        }
        return at.exit() ? at.call().parent() : at.call();
    }

    /** The next stop: into a call's callees when it has them. */
    public boolean stepInto() {
        return move(next(at));
    }

    public boolean reverseStepInto() {
        return move(previous(at));
    }

    /** Over the current call's callees to its return; at the end of a step, over the whole next step. */
    public boolean stepOver() {
        if (at.enter()) {
            return move(new Stop(at.step(), at.call(), true));
        }
        if (at.call() == null) {
            return at.step() < sim.stepCount() && move(new Stop(at.step() + 1, null, true));
        }
        return move(next(at));
    }

    public boolean reverseStepOver() {
        if (at.call() != null && at.exit()) {
            return move(new Stop(at.step(), at.call(), false));
        }
        if (at.call() == null) {
            return at.step() > 0 && move(new Stop(at.step() - 1, null, true));
        }
        return move(previous(at));
    }

    /** To the return from the current function (at the top level of a step: to the step's end). */
    public boolean stepOut() {
        KernelCall f = frame();
        if (f == null) {
            return at.call() != null && move(new Stop(at.step(), null, true));
        }
        return move(new Stop(at.step(), f, true));
    }

    /**
     * To the entry of the current function (at the top level of a step: to the end of the step before). At a
     * call's entry the cursor is already there, so it leaves for the caller's entry, as a reverse finish does.
     */
    public boolean reverseStepOut() {
        KernelCall f = at.enter() ? at.call().parent() : frame();
        if (f == null) {
            return at.step() > 0 && move(new Stop(at.step() - 1, null, true));
        }
        return move(new Stop(at.step(), f, false));
    }

    /** Moves to {@code to} (a stop of this run, e.g. one found by {@link #after} or {@link #before}). */
    public boolean move(Stop to) {
        if (to == null) {
            return false;
        }
        sim.seek(to.position());
        at = to;
        return true;
    }

    /** The stop after {@code s} in step-into order, or null at the end of the run; the cursor does not move. */
    public Stop after(Stop s) {
        return next(s);
    }

    /** The stop before {@code s}, or null at the booted machine; the cursor does not move. */
    public Stop before(Stop s) {
        return previous(s);
    }

    private List<Stop> stopsOf(int step) {
        List<Stop> out = new ArrayList<>();
        TraceStep s = sim.trace().steps().get(step - 1);
        for (KernelCall c : s.calls()) {
            walk(step, c, out);
        }
        out.add(new Stop(step, null, true));
        return out;
    }

    private static void walk(int step, KernelCall c, List<Stop> out) {
        out.add(new Stop(step, c, false));
        for (KernelCall child : c.calls()) {
            walk(step, child, out);
        }
        out.add(new Stop(step, c, true));
    }

    private Stop next(Stop s) {
        if (s.call() == null) { // the end of step s: the first stop of step s + 1
            return s.step() < sim.stepCount() ? stopsOf(s.step() + 1).get(0) : null;
        }
        List<Stop> stops = stopsOf(s.step());
        return stops.get(stops.indexOf(s) + 1);
    }

    private Stop previous(Stop s) {
        if (s.call() == null) {
            if (s.step() == 0) {
                return null;
            }
            List<Stop> stops = stopsOf(s.step());
            return stops.size() > 1 ? stops.get(stops.size() - 2) : new Stop(s.step() - 1, null, true);
        }
        List<Stop> stops = stopsOf(s.step());
        int i = stops.indexOf(s);
        return i > 0 ? stops.get(i - 1) : new Stop(s.step() - 1, null, true);
    }
}
