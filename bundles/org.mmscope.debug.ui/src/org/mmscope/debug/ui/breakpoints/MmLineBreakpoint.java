package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.LineBreakpoint;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.ui.model.MmDebugElement;

/** A line breakpoint of a .mms file (toggled in the editor's ruler): stops before the step, or at the expectation, of its line. */
public final class MmLineBreakpoint extends LineBreakpoint implements MmBreakpoint {
    public static final String MARKER = "org.mmscope.debug.ui.lineBreakpoint.marker";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public MmLineBreakpoint() {
    }

    public MmLineBreakpoint(IResource file, int line) throws CoreException {
        run(getMarkerRule(file), monitor -> {
            IMarker m = file.createMarker(MARKER);
            setMarker(m);
            m.setAttribute(IMarker.LINE_NUMBER, line);
            m.setAttribute(ENABLED, true);
            m.setAttribute(ID, getModelIdentifier());
            m.setAttribute(IMarker.MESSAGE, "Line breakpoint: " + file.getName() + " [line: " + line + "]");
        });
    }

    @Override
    public String getModelIdentifier() {
        return MmDebugElement.MODEL_ID;
    }

    @Override
    public Breakpoint toCore() {
        try {
            return new Breakpoint.Line(getLineNumber(), MmBreakpoint.eras(getMarker()));
        } catch (CoreException e) {
            return new Breakpoint.Line(getMarker().getAttribute(IMarker.LINE_NUMBER, -1), MmBreakpoint.eras(getMarker()));
        }
    }

    /** Whether the breakpoint is at {@code line} of {@code file}. */
    public boolean isAt(IResource file, int line) throws DebugException {
        try {
            return getMarker().getResource().equals(file) && getLineNumber() == line;
        } catch (CoreException e) {
            throw new DebugException(e.getStatus());
        }
    }
}
