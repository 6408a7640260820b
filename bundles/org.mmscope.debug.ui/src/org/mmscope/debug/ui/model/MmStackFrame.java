package org.mmscope.debug.ui.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.mmscope.debug.Variable;
import org.mmscope.model.mm.MmState;

/**
 * One frame of an era's stack: a kernel call (innermost first) or, at the bottom, the scenario step with its
 * line. Every frame of a stop is at the same source line (the step's) and shows the same state: the one at
 * that position.
 */
public final class MmStackFrame extends MmDebugElement implements IStackFrame {
    private final MmThread thread;
    private final StopSnapshot stop;
    private final int index;

    MmStackFrame(MmThread thread, StopSnapshot stop, int index) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.stop = stop;
        this.index = index;
    }

    /** Whether this is the scenario step's frame (the bottom one) rather than a kernel call. */
    public boolean isStepFrame() {
        return index == stop.stack().size() - 1;
    }

    /** The state at this frame's position (a copy: reading it never races the debugger). */
    public MmState state() {
        return stop.state();
    }

    /** The last scenario step fully done at this position (0: none, the booted machine). */
    public int stepDone() {
        return stop.stepDone();
    }

    /** The Variables at this frame's position (what the Variables view and the editor's value hover show). */
    public Variable variables() {
        return stop.variables();
    }

    @Override
    public MmThread getThread() {
        return thread;
    }

    @Override
    public IVariable[] getVariables() {
        return stop.variables().children().stream().map(v -> new MmVariable((MmDebugTarget) getDebugTarget(), v)).toArray(IVariable[]::new);
    }

    @Override
    public boolean hasVariables() {
        return true;
    }

    @Override
    public int getLineNumber() {
        return stop.line();
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    @Override
    public String getName() {
        return stop.stack().get(index);
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return new IRegisterGroup[0];
    }

    @Override
    public boolean hasRegisterGroups() {
        return false;
    }

    // stepping, suspending and terminating act on the thread (as in PDA)
    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() throws DebugException {
        thread.stepInto();
    }

    @Override
    public void stepOver() throws DebugException {
        thread.stepOver();
    }

    @Override
    public void stepReturn() throws DebugException {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        thread.resume();
    }

    @Override
    public void suspend() throws DebugException {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        thread.terminate();
    }

    /** Equal within one stop (the Debug view asks several times); a new stop makes new frames, as PDA's do. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MmStackFrame f && f.thread == thread && f.stop == stop && f.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(stop) * 31 + index;
    }
}
