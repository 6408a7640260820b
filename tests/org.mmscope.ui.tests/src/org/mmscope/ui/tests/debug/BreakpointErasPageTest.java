package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogPage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.ui.breakpoints.BreakpointErasPage;
import org.mmscope.debug.ui.breakpoints.LineBreakpointToggler;
import org.mmscope.debug.ui.breakpoints.MmBreakpoint;
import org.mmscope.debug.ui.breakpoints.MmLineBreakpoint;
import org.mmscope.debug.ui.breakpoints.RulerBreakpointPropertiesAction;
import org.mmscope.debug.ui.launch.ScenarioLaunchShortcut;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.engine.era.Eras;
import org.mmscope.ui.editor.MmsEditor;
import org.mmscope.ui.tests.Ui;

/**
 * A line breakpoint's eras set in its properties (the page *Kernel Eras*): ticking linux-6.12 makes the breakpoint
 * stop that era only; unticking it in a running session makes it stop every era again. The editor ruler's
 * *Breakpoint Properties…* is offered on a breakpoint's line.
 */
class BreakpointErasPageTest {
    private static final int WRITE_NEW = 26;
    private ILaunch launch;

    @BeforeAll
    static void noPerspectiveQuestions() {
        Workspace.noPerspectiveQuestions();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Workspace.endDebugging(launch);
    }

    @Test
    void erasTickedInTheBreakpointsPropertiesLimitWhereItStopsAndReachARunningSession() throws Exception {
        IFile f = Workspace.file("era-breakpoint.mms", Workspace.example("01-fork-parent-writes-first.mms"));
        MmLineBreakpoint bp = LineBreakpointToggler.toggle(f, WRITE_NEW);
        editEras(bp, Set.of("linux-6.12"));
        assertEquals(Set.of("linux-6.12"), MmBreakpoint.eras(bp.getMarker()));
        assertTrue(bp.getMarker().getAttribute(IMarker.MESSAGE, "").endsWith("[line: " + WRITE_NEW + "] [linux-6.12]"),
                "the Breakpoints view's label names the era: " + bp.getMarker().getAttribute(IMarker.MESSAGE, ""));

        launch = ScenarioLaunchShortcut.configurationFor(f).launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
        MmDebugTarget target = (MmDebugTarget) launch.getDebugTarget();
        MmThread old = target.eraThreads().get(0), recent = target.eraThreads().get(1);
        assertEquals(List.of(bp), Arrays.asList(recent.getBreakpoints()), "linux-6.12 stops at the line");
        assertEquals(WRITE_NEW, recent.getTopStackFrame().getLineNumber());
        assertTrue(old.getName().contains("end of run"), "linux-2.6.31 does not: " + old.getName());

        boolean[] changed = new boolean[1];
        IBreakpointListener notified = new IBreakpointListener() { // registered after the session's: told after it
            @Override
            public void breakpointChanged(IBreakpoint b, IMarkerDelta delta) {
                changed[0] |= b == bp;
            }

            @Override
            public void breakpointAdded(IBreakpoint b) {
            }

            @Override
            public void breakpointRemoved(IBreakpoint b, IMarkerDelta delta) {
            }
        };
        DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(notified);
        try {
            editEras(bp, Set.of()); // every era again, while the session runs
            assertTrue(Ui.waitFor(() -> changed[0], 5000),
                    "the breakpoint manager reports the change; eras now " + MmBreakpoint.eras(bp.getMarker()));
        } finally {
            DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(notified);
        }
        assertEquals(Set.of(), MmBreakpoint.eras(bp.getMarker()));
        assertFalse(bp.getMarker().getAttribute(IMarker.MESSAGE, "").contains("[linux-6.12]"));
        old.reverseResume();
        assertEquals(List.of(bp), Arrays.asList(old.getBreakpoints()), "the running session took the change: " + old.getName());
        assertEquals(WRITE_NEW, old.getTopStackFrame().getLineNumber());
    }

    @Test
    void theRulersBreakpointPropertiesIsOfferedOnABreakpointsLineOnly() throws Exception {
        IFile f = Workspace.file("era-breakpoint.mms", Workspace.example("01-fork-parent-writes-first.mms"));
        MmLineBreakpoint bp = LineBreakpointToggler.toggle(f, WRITE_NEW);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MmsEditor editor = (MmsEditor) IDE.openEditor(page, f, MmsEditor.ID);
        try {
            RulerBreakpointPropertiesAction onBreakpoint = new RulerBreakpointPropertiesAction(editor, clickedAt(WRITE_NEW));
            onBreakpoint.update();
            assertTrue(onBreakpoint.isEnabled(), "a right click on the breakpoint's line offers its properties");
            assertEquals(bp, onBreakpoint.breakpointAtClickedLine());
            RulerBreakpointPropertiesAction elsewhere = new RulerBreakpointPropertiesAction(editor, clickedAt(WRITE_NEW - 1));
            elsewhere.update();
            assertFalse(elsewhere.isEnabled(), "a line without a breakpoint does not");
        } finally {
            page.closeEditor(editor, false);
        }
    }

    /** A ruler whose last click was on {@code line} (1-based). */
    private static IVerticalRulerInfo clickedAt(int line) {
        return new IVerticalRulerInfo() {
            @Override
            public Control getControl() {
                return null;
            }

            @Override
            public int getLineOfLastMouseButtonActivity() {
                return line - 1;
            }

            @Override
            public int toDocumentLineNumber(int y) {
                return line - 1;
            }

            @Override
            public int getWidth() {
                return 0;
            }
        };
    }

    /** Opens the breakpoint's properties on the Kernel Eras page, ticks exactly {@code eras} and presses the OK button. */
    private static void editEras(MmLineBreakpoint bp, Set<String> eras) throws InterruptedException {
        PreferenceDialog d = PreferencesUtil.createPropertyDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), bp,
                BreakpointErasPage.ID, null, null);
        assertNotNull(d, "the breakpoint has properties");
        d.setBlockOnOpen(false);
        d.open();
        // the page's check boxes, one per era, as the user sees them
        List<Button> boxes = Ui.findAll((Composite) ((IDialogPage) d.getSelectedPage()).getControl(), Button.class).stream()
                .filter(b -> (b.getStyle() & SWT.CHECK) != 0).toList();
        assertEquals(Eras.names(), boxes.stream().map(Button::getText).toList(), "a check box per era");
        assertEquals(MmBreakpoint.eras(bp.getMarker()),
                Set.copyOf(boxes.stream().filter(Button::getSelection).map(Button::getText).toList()),
                "the page shows the breakpoint's eras");
        boxes.forEach(box -> box.setSelection(eras.contains(box.getText())));
        Button ok = button(d.getShell(), List.of(IDialogConstants.OK_LABEL, "Apply and Close"));
        assertNotNull(ok, "the dialog's OK button");
        ok.notifyListeners(SWT.Selection, null);
        Ui.waitFor(() -> d.getShell() == null || d.getShell().isDisposed(), 5000);
    }

    private static Button button(Control c, List<String> labels) {
        if (c instanceof Button b && labels.contains(b.getText().replace("&", ""))) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = button(child, labels);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
