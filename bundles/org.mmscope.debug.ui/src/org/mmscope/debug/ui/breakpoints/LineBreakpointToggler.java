package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mmscope.debug.ui.model.MmDebugElement;

/**
 * Toggles a line breakpoint on the selected line of the mmscope editor (ruler double-click, ruler context menu,
 * Run > Toggle Breakpoint). Lines are 1-based, as the scenario's steps count them.
 */
public final class LineBreakpointToggler implements IToggleBreakpointsTarget {
    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        if (part instanceof ITextEditor editor && selection instanceof ITextSelection text) {
            toggle(editor.getEditorInput().getAdapter(IResource.class), text.getStartLine() + 1);
        }
    }

    /** Removes the mmscope line breakpoint at {@code line} of {@code file}, or adds one; returns it when added. */
    public static MmLineBreakpoint toggle(IResource file, int line) throws CoreException {
        if (file == null) {
            return null;
        }
        MmLineBreakpoint existing = at(file, line);
        if (existing != null) {
            existing.delete();
            return null;
        }
        MmLineBreakpoint b = new MmLineBreakpoint(file, line);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(b);
        return b;
    }

    /** The mmscope line breakpoint at {@code line} (1-based) of {@code file}, or null. */
    public static MmLineBreakpoint at(IResource file, int line) throws CoreException {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        for (IBreakpoint b : manager.getBreakpoints(MmDebugElement.MODEL_ID)) {
            if (b instanceof MmLineBreakpoint l && l.isAt(file, line)) {
                return l;
            }
        }
        return null;
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return part instanceof ITextEditor && selection instanceof ITextSelection;
    }

    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        // kernel functions have no source here: add them from the Breakpoints view
    }

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        // no watchpoints
    }

    @Override
    public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }
}
