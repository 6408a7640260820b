package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.mmscope.debug.ui.presentation.SuspendedValueHover;
import org.mmscope.ui.editor.DebugValueHover;

/**
 * Gives the mmscope editor its breakpoint toggler (what the ruler's Toggle Breakpoint asks for) and its hover of
 * values while suspended.
 */
public final class EditorAdapterFactory implements IAdapterFactory {
    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        if (adapterType == IToggleBreakpointsTarget.class) {
            return adapterType.cast(new LineBreakpointToggler());
        }
        return adapterType == DebugValueHover.class ? adapterType.cast(new SuspendedValueHover()) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IToggleBreakpointsTarget.class, DebugValueHover.class };
    }
}
