package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;

/** Gives the mmscope editor its breakpoint toggler (what the ruler's Toggle Breakpoint asks for). */
public final class EditorAdapterFactory implements IAdapterFactory {
    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        return adapterType == IToggleBreakpointsTarget.class ? adapterType.cast(new LineBreakpointToggler()) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IToggleBreakpointsTarget.class };
    }
}
