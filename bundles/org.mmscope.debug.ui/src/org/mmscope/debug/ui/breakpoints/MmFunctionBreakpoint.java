package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.ui.model.MmDebugElement;

/** Stops on entering a kernel function as the era names it (do_wp_page, try_to_unmap_one…); not tied to a file. */
public final class MmFunctionBreakpoint extends org.eclipse.debug.core.model.Breakpoint implements MmBreakpoint {
    public static final String MARKER = "org.mmscope.debug.ui.functionBreakpoint.marker";
    static final String FUNCTION = "org.mmscope.debug.ui.function";

    public MmFunctionBreakpoint() {
    }

    public MmFunctionBreakpoint(String function, String eras) throws CoreException {
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        run(getMarkerRule(root), monitor -> {
            IMarker m = root.createMarker(MARKER);
            setMarker(m);
            m.setAttribute(ENABLED, true);
            m.setAttribute(ID, getModelIdentifier());
            m.setAttribute(FUNCTION, function);
            m.setAttribute(ERAS, eras);
            m.setAttribute(IMarker.MESSAGE, "Kernel function " + function + MmBreakpoint.erasSuffix(MmBreakpoint.eras(m)));
        });
    }

    public String function() {
        return getMarker().getAttribute(FUNCTION, "");
    }

    @Override
    public String getModelIdentifier() {
        return MmDebugElement.MODEL_ID;
    }

    @Override
    public Breakpoint toCore() {
        return new Breakpoint.Function(function(), MmBreakpoint.eras(getMarker()));
    }
}
