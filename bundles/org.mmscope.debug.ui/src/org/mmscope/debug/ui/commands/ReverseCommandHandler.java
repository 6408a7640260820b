package org.mmscope.debug.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.swt.widgets.Display;
import org.mmscope.debug.ui.model.MmStackFrame;
import org.mmscope.debug.ui.model.MmThread;

/**
 * A reverse command of the Debug view's toolbar (the platform has none): acts on the mmscope thread of the
 * debug context, enabled while that thread can move that way, re-evaluated when the context or a thread changes.
 */
abstract class ReverseCommandHandler extends AbstractHandler {
    private final IDebugContextListener contextListener = e -> changed();
    private final IDebugEventSetListener eventListener = events -> {
        for (DebugEvent e : events) {
            if (e.getSource() instanceof MmThread || e.getSource() instanceof org.mmscope.debug.ui.model.MmDebugTarget) {
                changed();
                return;
            }
        }
    };

    ReverseCommandHandler() {
        DebugUITools.getDebugContextManager().addDebugContextListener(contextListener);
        DebugPlugin.getDefault().addDebugEventListener(eventListener);
    }

    /** Whether {@code thread} can move this way now. */
    abstract boolean can(MmThread thread);

    /** Moves {@code thread} this way. */
    abstract void run(MmThread thread);

    abstract String label();

    @Override
    public boolean isEnabled() {
        MmThread t = contextThread();
        return t != null && can(t);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        MmThread t = contextThread();
        if (t != null && can(t)) {
            Job job = Job.create(label(), (IProgressMonitor m) -> {
                run(t);
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }
        return null;
    }

    /** The mmscope thread of the debug context (a selected thread, or a selected frame's), or null. */
    static MmThread contextThread() {
        var adaptable = DebugUITools.getDebugContext();
        if (adaptable instanceof MmThread t) {
            return t;
        }
        return adaptable instanceof MmStackFrame f ? f.getThread() : null;
    }

    private void changed() {
        Display d = Display.getDefault();
        if (!d.isDisposed()) {
            d.asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
        }
    }

    @Override
    public void dispose() {
        DebugUITools.getDebugContextManager().removeDebugContextListener(contextListener);
        DebugPlugin.getDefault().removeDebugEventListener(eventListener);
        super.dispose();
    }
}
