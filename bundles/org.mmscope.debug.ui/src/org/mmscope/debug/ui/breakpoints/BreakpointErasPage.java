package org.mmscope.debug.ui.breakpoints;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.PropertyPage;
import org.mmscope.engine.era.Eras;

/**
 * Breakpoint properties (Breakpoints view > Breakpoint Properties…, or Alt+Enter there): the kernel eras an
 * mmscope breakpoint — a line breakpoint too — stops in. None ticked: every era. A running session takes the change
 * at once (the breakpoint manager reports it, the debug target reinstalls the breakpoint).
 */
public final class BreakpointErasPage extends PropertyPage {
    public static final String ID = "org.mmscope.debug.ui.breakpointEras";
    private final Map<String, Button> boxes = new LinkedHashMap<>();

    @Override
    protected Control createContents(Composite parent) {
        noDefaultAndApplyButton();
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        new Label(c, SWT.WRAP).setText("Stop only in these kernel eras (none ticked: every era):");
        Set<String> now = MmBreakpoint.eras(marker());
        for (String era : Eras.names()) {
            Button b = new Button(c, SWT.CHECK);
            b.setText(era);
            b.setSelection(now.contains(era));
            boxes.put(era, b);
        }
        return c;
    }

    private MmBreakpoint breakpoint() {
        return Adapters.adapt(getElement(), MmBreakpoint.class);
    }

    private IMarker marker() {
        MmBreakpoint b = breakpoint();
        return b == null ? null : b.getMarker();
    }

    @Override
    public boolean performOk() {
        MmBreakpoint bp = breakpoint();
        if (bp == null || bp.getMarker() == null) {
            return true;
        }
        Set<String> eras = new TreeSet<>();
        boxes.forEach((era, b) -> {
            if (b.getSelection()) {
                eras.add(era);
            }
        });
        try {
            setEras(bp, eras);
            return true;
        } catch (CoreException e) {
            setErrorMessage("cannot change the breakpoint: " + e.getMessage());
            return false;
        }
    }

    /**
     * Sets the eras and the label's era suffix (the Breakpoints view shows the marker's message), and tells the
     * breakpoint manager at once: it reports marker changes only after the next build, which never comes with Build
     * Automatically off, and a running session must follow now (reinstalling twice is harmless).
     */
    static void setEras(MmBreakpoint bp, Set<String> eras) throws CoreException {
        IMarker m = bp.getMarker();
        String oldSuffix = MmBreakpoint.erasSuffix(MmBreakpoint.eras(m));
        String message = m.getAttribute(IMarker.MESSAGE, "");
        if (!oldSuffix.isEmpty() && message.endsWith(oldSuffix)) {
            message = message.substring(0, message.length() - oldSuffix.length());
        }
        m.setAttributes(new String[] { MmBreakpoint.ERAS, IMarker.MESSAGE },
                new Object[] { String.join(",", eras), message + MmBreakpoint.erasSuffix(eras) });
        DebugPlugin.getDefault().getBreakpointManager().fireBreakpointChanged(bp);
    }
}
