package org.mmscope.debug.ui.breakpoints;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.model.IBreakpoint;
import org.mmscope.debug.Breakpoint;

/** A platform breakpoint of the mmscope model that stands for one breakpoint of the debugger core. */
public interface MmBreakpoint extends IBreakpoint {
    /** Marker attribute: the kernel eras the breakpoint applies to, comma-separated (empty: every era). */
    String ERAS = "org.mmscope.debug.ui.eras";

    /** The core breakpoint this one stands for. */
    Breakpoint toCore();

    static Set<String> eras(IMarker m) {
        String s = m == null ? "" : m.getAttribute(ERAS, "");
        return Arrays.stream(s.split(",")).map(String::trim).filter(e -> !e.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    static String erasSuffix(Set<String> eras) {
        return eras.isEmpty() ? "" : " [" + String.join(", ", eras.stream().sorted().toList()) + "]";
    }
}
