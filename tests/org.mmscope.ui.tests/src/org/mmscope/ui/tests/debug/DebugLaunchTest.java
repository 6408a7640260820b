package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.ui.breakpoints.AddBreakpointDialog;
import org.mmscope.debug.ui.breakpoints.LineBreakpointToggler;
import org.mmscope.debug.ui.breakpoints.MmLineBreakpoint;
import org.mmscope.debug.ui.launch.ScenarioLaunchShortcut;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmStackFrame;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.ui.tests.Ui;
import org.mmscope.ui.tests.ViewProbe;
import org.mmscope.ui.views.FramesView;
import org.mmscope.ui.views.RunContext;

/**
 * Debugging example 01 in the workbench: a line breakpoint toggled on the parent's second write stops both eras
 * there; step into enters the fault; step return leaves it with the COW copy made (the Frames view follows); step
 * back restores the state; the Variables view shows the process → page → frame chain.
 */
class DebugLaunchTest {
    private static final int WRITE_NEW = 26; // parent: write buf "new"
    private ILaunch launch;

    @BeforeAll
    static void noPerspectiveQuestions() {
        Workspace.noPerspectiveQuestions();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Workspace.endDebugging(launch);
    }

    private MmDebugTarget debug(IFile f) throws Exception {
        launch = ScenarioLaunchShortcut.configurationFor(f).launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
        return (MmDebugTarget) launch.getDebugTarget();
    }

    @Test
    void stopsAtALineBreakpointStepsIntoTheFaultAndBack() throws Exception {
        IFile f = Workspace.file("01.mms", Workspace.example("01-fork-parent-writes-first.mms"));
        assertTrue(Workspace.example("01-fork-parent-writes-first.mms").lines().toList().get(WRITE_NEW - 1).contains("write buf \"new\""));
        MmLineBreakpoint bp = LineBreakpointToggler.toggle(f, WRITE_NEW);
        assertNotNull(bp, "toggled on");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IDebugView debugView = (IDebugView) page.showView(IDebugUIConstants.ID_DEBUG_VIEW);
        Table frames = ViewProbe.table(page.showView(FramesView.ID));
        MmDebugTarget target = debug(f);
        assertEquals(2, target.getThreads().length, "one thread per era");
        for (MmThread t : target.eraThreads()) {
            assertEquals(WRITE_NEW, t.getTopStackFrame().getLineNumber(), t.era());
            assertEquals(List.of(bp), Arrays.asList(t.getBreakpoints()), t.era() + ": stopped by the line breakpoint");
        }
        MmThread thread = target.eraThreads().get(1);
        assertEquals("linux-6.12", thread.era());
        select(debugView, thread.getTopStackFrame());
        assertTrue(Ui.waitFor(() -> RunContext.get().atDebugPosition() && RunContext.get().eraIndex() == 1, 5000));
        int before = frames.getItemCount();
        assertEquals("2", mapcountOfLastFrame(frames), "after the fork parent and child map the page");

        thread.stepInto();
        List<String> names = frameNames(thread);
        assertEquals("handle_mm_fault", names.get(0), "step into enters the write's fault: " + names);
        assertEquals(2, names.size());
        assertTrue(names.get(1).startsWith("line 26: parent: write"), names.toString());
        thread.stepReturn();
        select(debugView, thread.getTopStackFrame());
        assertTrue(Ui.waitFor(() -> frames.getItemCount() == before + 1, 5000), "returned from the fault: the COW copy is there ("
                + frames.getItemCount() + " rows)");

        assertTrue(thread.canStepBack());
        thread.stepBack();
        assertEquals(WRITE_NEW, thread.getTopStackFrame().getLineNumber());
        select(debugView, thread.getTopStackFrame());
        assertTrue(Ui.waitFor(() -> frames.getItemCount() == before, 5000), "step back: no copy yet (" + frames.getItemCount() + " rows)");
        assertEquals("2", mapcountOfLastFrame(frames));

        IDebugView variables = (IDebugView) page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
        Tree tree = (Tree) variables.getViewer().getControl();
        assertTrue(Ui.waitFor(() -> names(tree.getItems()).containsAll(List.of("step", "processes", "handles")), 5000),
                "the Variables view: " + names(tree.getItems()));
        // the view may refresh its items meanwhile (the debugger's step back): "processes" is looked up on each try
        List<String> children = new ArrayList<>();
        assertTrue(Ui.waitFor(() -> {
            TreeItem processes = Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals("processes")).findFirst().orElse(null);
            if (processes == null) {
                return false;
            }
            if (!processes.getExpanded()) {
                ((TreeViewer) variables.getViewer()).expandToLevel(new TreePath(new Object[] { processes.getData() }), 1);
            }
            children.clear();
            children.addAll(names(processes.getItems()));
            return children.containsAll(List.of("parent", "child"));
        }, 5000), "processes after the fork: " + children);
    }

    @Test
    void aKernelFunctionBreakpointForOneEraStopsOnlyThere() throws Exception {
        IFile f = Workspace.file("01.mms", Workspace.example("01-fork-parent-writes-first.mms"));
        IBreakpoint b = AddBreakpointDialog.add(0, "do_wp_page", "linux-6.12");
        MmDebugTarget target = debug(f);
        MmThread old = target.eraThreads().get(0), recent = target.eraThreads().get(1);
        assertEquals(List.of(b), Arrays.asList(recent.getBreakpoints()));
        assertTrue(recent.getTopStackFrame().getName().startsWith("do_wp_page"), recent.getTopStackFrame().getName());
        assertEquals(WRITE_NEW, recent.getTopStackFrame().getLineNumber());
        assertEquals(0, old.getBreakpoints().length, "linux-2.6.31 ran to the end");
        assertTrue(old.getName().contains("end of run"), old.getName());
        recent.reverseResume();
        assertTrue(recent.getName().contains("booted machine"), "no earlier hit: back to the booted machine; " + recent.getName());

        DebugPlugin.getDefault().getBreakpointManager().setEnabled(false); // Skip All Breakpoints
        try {
            recent.resume();
            assertTrue(recent.getName().contains("end of run"), "skipping breakpoints: to the end; " + recent.getName());
        } finally {
            DebugPlugin.getDefault().getBreakpointManager().setEnabled(true);
        }
        recent.reverseResume();
        assertTrue(recent.getTopStackFrame().getName().startsWith("do_wp_page"), "breakpoints back: reverse resume stops there");
    }

    @Test
    void theDebugViewsReverseCommandsStepBack() throws Exception {
        IFile f = Workspace.file("01.mms", Workspace.example("01-fork-parent-writes-first.mms"));
        LineBreakpointToggler.toggle(f, WRITE_NEW);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IDebugView debugView = (IDebugView) page.showView(IDebugUIConstants.ID_DEBUG_VIEW);
        MmThread thread = debug(f).eraThreads().get(0);
        thread.stepInto();
        select(debugView, thread.getTopStackFrame());
        assertTrue(Ui.waitFor(() -> DebugUITools.getDebugContext() instanceof MmStackFrame, 5000), "a frame is the debug context");
        var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand("org.mmscope.debug.ui.reverseStepInto", null);
        assertTrue(Ui.waitFor(() -> thread.getTopStackFrame().getName().endsWith("(done)"), 5000),
                "Reverse Step Into from the fault's entry: back between the steps; " + thread.getTopStackFrame().getName());
        select(debugView, thread.getTopStackFrame());
        handlers.executeCommand("org.mmscope.debug.ui.stepBack", null);
        assertTrue(Ui.waitFor(() -> thread.getTopStackFrame().getName().startsWith("line 22:"), 5000),
                "Step Back: before the fork; " + thread.getTopStackFrame().getName());
    }

    private static void select(IDebugView view, Object element) throws InterruptedException {
        view.getViewer().setSelection(new StructuredSelection(element));
        Ui.waitFor(() -> false, 300);
    }

    private static List<String> frameNames(MmThread t) {
        return Arrays.stream(t.getStackFrames()).map(f -> ((MmStackFrame) f).getName()).toList();
    }

    private static String mapcountOfLastFrame(Table frames) {
        return ViewProbe.cell(frames, frames.getItemCount() - 1, 3);
    }

    private static List<String> names(TreeItem[] items) {
        List<String> out = new ArrayList<>();
        for (TreeItem i : items) {
            out.add(i.getText(0));
        }
        return out;
    }
}
