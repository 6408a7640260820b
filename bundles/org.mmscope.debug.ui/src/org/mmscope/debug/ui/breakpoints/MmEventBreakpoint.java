package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.ui.model.MmDebugElement;

/**
 * Stops where something happens rather than at a place: a frame event (freed, swapped out, pinned, unpinned,
 * written by a device; a pfn or any frame), a hazard (a kind or any), a failing expectation, a broken invariant.
 */
public final class MmEventBreakpoint extends org.eclipse.debug.core.model.Breakpoint implements MmBreakpoint {
    public static final String MARKER = "org.mmscope.debug.ui.eventBreakpoint.marker";
    static final String KIND = "org.mmscope.debug.ui.kind";
    static final String ARGUMENT = "org.mmscope.debug.ui.argument";

    /** What the breakpoint waits for, as the Add mmscope Breakpoint dialog offers it. */
    public enum Kind {
        FREED("frame freed", true), SWAPPED_OUT("frame swapped out", true), PINNED("frame pinned", true), UNPINNED("frame unpinned",
                true), DEVICE_WRITE("frame written by a device", true), HAZARD("hazard raised",
                        false), EXPECTATION_FAILS("expectation fails", false), INVARIANT_BREAKS("invariant breaks", false);

        public final String label;
        /** Whether the argument is a pfn (else a hazard kind, or nothing). */
        public final boolean frameEvent;

        Kind(String label, boolean frameEvent) {
            this.label = label;
            this.frameEvent = frameEvent;
        }
    }

    public MmEventBreakpoint() {
    }

    /** {@code argument}: a pfn for frame events (empty: any frame), a hazard kind for HAZARD (empty: any). */
    public MmEventBreakpoint(Kind kind, String argument, String eras) throws CoreException {
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        run(getMarkerRule(root), monitor -> {
            IMarker m = root.createMarker(MARKER);
            setMarker(m);
            m.setAttribute(ENABLED, true);
            m.setAttribute(ID, getModelIdentifier());
            m.setAttribute(KIND, kind.name());
            m.setAttribute(ARGUMENT, argument.trim());
            m.setAttribute(ERAS, eras);
            m.setAttribute(IMarker.MESSAGE, describe(kind, argument.trim()) + MmBreakpoint.erasSuffix(MmBreakpoint.eras(m)));
        });
    }

    static String describe(Kind kind, String argument) {
        if (kind.frameEvent) {
            return kind.label.replace("frame", argument.isEmpty() ? "any frame" : "frame " + argument);
        }
        return kind == Kind.HAZARD ? (argument.isEmpty() ? "any hazard raised" : "hazard " + argument + " raised") : kind.label;
    }

    public Kind kind() {
        return Kind.valueOf(getMarker().getAttribute(KIND, Kind.HAZARD.name()));
    }

    public String argument() {
        return getMarker().getAttribute(ARGUMENT, "");
    }

    @Override
    public String getModelIdentifier() {
        return MmDebugElement.MODEL_ID;
    }

    @Override
    public Breakpoint toCore() {
        var eras = MmBreakpoint.eras(getMarker());
        String a = argument();
        return switch (kind()) {
        case HAZARD -> new Breakpoint.Hazard(a.isEmpty() ? null : a, eras);
        case EXPECTATION_FAILS -> new Breakpoint.ExpectationFails(eras);
        case INVARIANT_BREAKS -> new Breakpoint.InvariantBreaks(eras);
        default -> new Breakpoint.OnEvent(Breakpoint.Event.valueOf(kind().name()), a.isEmpty() ? -1 : Long.parseLong(a), eras);
        };
    }

    /** What is wrong with an argument for {@code kind}, or null (the dialog's check). */
    public static String problem(Kind kind, String argument) {
        String a = argument.trim();
        if (kind.frameEvent && !a.isEmpty() && !a.matches("\\d+")) {
            return "A frame is given by its pfn, a number (or leave it empty for any frame); got '" + a + "'.";
        }
        if (kind == Kind.HAZARD && !a.isEmpty() && org.mmscope.engine.trace.HazardKind.byId(a).isEmpty()) {
            return "Unknown hazard '" + a + "' (known: " + String.join(", ", org.mmscope.engine.trace.HazardKind.ids()) + ").";
        }
        if (!kind.frameEvent && kind != Kind.HAZARD && !a.isEmpty()) {
            return kind.label + " takes no argument.";
        }
        return null;
    }
}
