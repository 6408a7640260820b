package org.mmscope.debug.ui.presentation;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.mmscope.debug.ui.breakpoints.MmBreakpoint;
import org.mmscope.ui.editor.MmsEditor;

/**
 * How the debugger shows mmscope elements: breakpoints by their marker message, values as their text, and a
 * frame's source opened in the mmscope editor (where the platform highlights the current step's line).
 */
public final class MmModelPresentation extends LabelProvider implements IDebugModelPresentation {
    @Override
    public void setAttribute(String attribute, Object value) {
        // no presentation options
    }

    @Override
    public String getText(Object element) {
        if (element instanceof MmBreakpoint b && b.getMarker() != null) {
            return b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, "mmscope breakpoint");
        }
        return null; // the platform's default label
    }

    @Override
    public org.eclipse.swt.graphics.Image getImage(Object element) {
        if (element instanceof MmBreakpoint b) { // the ruler and the Breakpoints view ask the model for it
            boolean enabled;
            try {
                enabled = b.isEnabled();
            } catch (org.eclipse.core.runtime.CoreException e) {
                enabled = false;
            }
            return org.eclipse.debug.ui.DebugUITools.getImage(enabled ? org.eclipse.debug.ui.IDebugUIConstants.IMG_OBJS_BREAKPOINT
                    : org.eclipse.debug.ui.IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED);
        }
        return null; // the platform's default image
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            detail = value.getValueString();
        } catch (org.eclipse.debug.core.DebugException e) {
            detail = e.getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        return element instanceof IFile f ? new FileEditorInput(f)
                : element instanceof org.eclipse.debug.core.model.ILineBreakpoint b && b.getMarker().getResource() instanceof IFile f
                        ? new FileEditorInput(f) : null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        return MmsEditor.ID;
    }
}
