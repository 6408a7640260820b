package org.mmscope.debug.ui.model;

import java.util.function.Supplier;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.mmscope.debug.EraThread;
import org.mmscope.engine.scenario.EraRun;

/**
 * One kernel era of the debugged scenario (PDA's PDAThread over the core's {@link EraThread}). Every command
 * moves the core's cursor over the recorded run at once, under the session lock, then the thread reports a
 * resume and a suspend with the detail of why it stopped. The reverse commands (step back, reverse step into /
 * return, reverse resume) are the {@code canX/x} pairs the Debug view's reverse buttons call.
 */
public final class MmThread extends MmDebugElement implements IThread {
    private final EraThread core;
    private final int index;
    private final Object lock;
    private StopSnapshot stop;
    private IBreakpoint hit;
    private boolean terminated;

    MmThread(MmDebugTarget target, EraThread core, int index, Object lock) {
        super(target);
        this.core = core;
        this.index = index;
        this.lock = lock;
        synchronized (lock) {
            this.stop = StopSnapshot.of(core);
        }
    }

    /** The kernel era this thread runs. */
    public String era() {
        return core.era();
    }

    /** The position of the era in the scenario's list (the mmscope views' era index). */
    public int eraIndex() {
        return index;
    }

    /** The era's recorded run. */
    public EraRun run() {
        return core.run();
    }

    // ------------------------------------------------------------------ moving

    private void move(int resumeDetail, Supplier<EraThread.Reason> command) {
        if (!isSuspended()) {
            return;
        }
        fireResumeEvent(resumeDetail);
        EraThread.Reason reason;
        synchronized (lock) {
            reason = command.get();
            stop = StopSnapshot.of(core);
            hit = reason == EraThread.Reason.BREAKPOINT ? ((MmDebugTarget) getDebugTarget()).platformBreakpoint(core.hitBreakpoint())
                    : null;
        }
        fireSuspendEvent(StopDetails.of(reason));
    }

    /**
     * Reads what needs the era's live simulation (e.g. the Timeline, which moves its cursor and puts it back) with
     * the session locked, so no debugger command moves the cursor meanwhile.
     */
    public <T> T withCursorHeld(Supplier<T> read) {
        synchronized (lock) {
            return read.get();
        }
    }

    /** Runs to the first breakpoint (or the end) when the session starts. */
    void start() {
        move(DebugEvent.CLIENT_REQUEST, core::resume);
    }

    @Override
    public void resume() {
        move(DebugEvent.RESUME, core::resume);
    }

    @Override
    public void stepOver() {
        move(DebugEvent.STEP_OVER, core::stepOver);
    }

    @Override
    public void stepInto() {
        move(DebugEvent.STEP_INTO, core::stepInto);
    }

    @Override
    public void stepReturn() {
        move(DebugEvent.STEP_RETURN, core::stepOut);
    }

    public void stepBack() {
        move(DebugEvent.STEP_OVER, core::stepBack);
    }

    public void reverseStepInto() {
        move(DebugEvent.STEP_INTO, core::reverseStepInto);
    }

    public void reverseStepReturn() {
        move(DebugEvent.STEP_RETURN, core::reverseStepOut);
    }

    public void reverseResume() {
        move(DebugEvent.RESUME, core::reverseResume);
    }

    /** To the end of step {@code step} (the Timeline view's click while suspended). */
    public void moveToStep(int step) {
        move(DebugEvent.CLIENT_REQUEST, () -> core.moveToStep(step));
    }

    private boolean atStart() {
        return stop.at().step() == 0 && stop.at().call() == null;
    }

    private boolean atEnd() {
        return stop.at().call() == null && stop.at().step() == core.simulation().stepCount();
    }

    public boolean canStepBack() {
        return isSuspended() && !atStart();
    }

    public boolean canReverseStepInto() {
        return canStepBack();
    }

    public boolean canReverseStepReturn() {
        return isSuspended() && stop.at().call() != null;
    }

    public boolean canReverseResume() {
        return canStepBack();
    }

    @Override
    public boolean canStepInto() {
        return isSuspended() && !atEnd();
    }

    @Override
    public boolean canStepOver() {
        return canStepInto();
    }

    @Override
    public boolean canStepReturn() {
        return isSuspended() && stop.at().call() != null;
    }

    @Override
    public boolean isStepping() {
        return false;
    }

    @Override
    public boolean canResume() {
        return canStepInto();
    }

    /** A command finishes at once (the run is recorded): there is never a running thread to suspend. */
    @Override
    public boolean canSuspend() {
        return false;
    }

    @Override
    public boolean isSuspended() {
        return !terminated;
    }

    @Override
    public void suspend() {
        // nothing runs between commands
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        ((MmDebugTarget) getDebugTarget()).terminate();
    }

    void terminated() {
        terminated = true;
        fireTerminateEvent();
    }

    // ------------------------------------------------------------------ what it shows

    @Override
    public IStackFrame[] getStackFrames() {
        if (terminated) {
            return new IStackFrame[0];
        }
        StopSnapshot s = stop;
        IStackFrame[] out = new IStackFrame[s.stack().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new MmStackFrame(this, s, i);
        }
        return out;
    }

    @Override
    public boolean hasStackFrames() {
        return !terminated;
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public MmStackFrame getTopStackFrame() {
        IStackFrame[] f = getStackFrames();
        return f.length == 0 ? null : (MmStackFrame) f[0];
    }

    @Override
    public String getName() {
        String where = stop.at().call() == null ? (atEnd() ? "end of run" : atStart() ? "booted machine" : "after step " + stop.at().step())
                : stop.at().toString();
        return core.era() + " (" + (terminated ? "terminated" : "suspended: " + where) + ")";
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        return hit == null ? new IBreakpoint[0] : new IBreakpoint[] { hit };
    }
}
