package org.mmscope.debug.ui.presentation;

import java.util.Arrays;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.mmscope.debug.ui.model.MmStackFrame;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.ui.views.RunContext;

/**
 * Makes the Frames, Mappings, DMA and Trace views follow the debugger: when an mmscope stack frame (or thread)
 * becomes the debug context, they show the state at that position, in that era.
 */
public final class DebugContextFollower implements IDebugContextListener, org.eclipse.debug.core.IDebugEventSetListener {
    private static boolean installed;
    private static volatile MmStackFrame shown;

    private DebugContextFollower() {
    }

    /** Listens to debug events at once and to the workbench's debug context as soon as the UI thread runs (any thread may call). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        DebugContextFollower f = new DebugContextFollower();
        org.eclipse.debug.core.DebugPlugin.getDefault().addDebugEventListener(f);
        Display.getDefault().asyncExec(() -> DebugUITools.getDebugContextManager().addDebugContextListener(f));
    }

    @Override
    public void debugContextChanged(DebugContextEvent event) {
        if ((event.getFlags() & DebugContextEvent.ACTIVATED) != 0 && event.getContext() instanceof IStructuredSelection s) {
            show(s.getFirstElement());
        }
    }

    /** A thread that stopped somewhere new is shown at once (the Debug view's selection may follow later, or not). */
    @Override
    public void handleDebugEvents(org.eclipse.debug.core.DebugEvent[] events) {
        for (org.eclipse.debug.core.DebugEvent e : events) {
            if (e.getKind() == org.eclipse.debug.core.DebugEvent.SUSPEND && e.getSource() instanceof MmThread t) {
                Display.getDefault().asyncExec(() -> show(t));
            }
        }
    }

    /**
     * The stack frame the mmscope views show (the one selected in the Debug view, or the top frame of the thread that
     * stopped last) while its thread is still at that stop; else that thread's current top frame; null before any.
     */
    public static MmStackFrame frameShown() {
        MmStackFrame f = shown;
        if (f == null || f.getThread().isTerminated() || Arrays.asList(f.getThread().getStackFrames()).contains(f)) {
            return f;
        }
        return f.getThread().getTopStackFrame();
    }

    /** Shows the position of a frame or a thread's top frame in the mmscope views (UI thread). */
    public static void show(Object element) {
        MmStackFrame frame = element instanceof MmStackFrame f ? f
                : element instanceof MmThread t && t.getTopStackFrame() instanceof MmStackFrame f ? f : null;
        if (frame != null) {
            shown = frame;
            MmThread thread = frame.getThread();
            RunContext.get().focusPosition(((org.mmscope.debug.ui.model.MmDebugTarget) thread.getDebugTarget()).run(), thread.eraIndex(),
                    frame.stepDone(), frame.state());
        }
    }
}
