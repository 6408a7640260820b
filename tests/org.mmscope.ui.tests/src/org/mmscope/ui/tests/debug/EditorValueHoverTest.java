package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.Variable;
import org.mmscope.debug.ui.breakpoints.LineBreakpointToggler;
import org.mmscope.debug.ui.launch.ScenarioLaunchShortcut;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmStackFrame;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.debug.ui.presentation.DebugContextFollower;
import org.mmscope.ui.editor.MmsEditor;
import org.mmscope.ui.tests.EditorProbe;
import org.mmscope.ui.tests.Ui;

/**
 * The .mms editor's hover while example 01 is suspended at its line breakpoint on line 26: a name shows its value at
 * the selected stack frame's position (the text of the Variables); stepping changes it; after the session the
 * editor's normal hover is back.
 */
class EditorValueHoverTest {
    private static final String EXAMPLE = "01-fork-parent-writes-first.mms";
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

    @Test
    void hoveringANameWhileSuspendedShowsItsValueAtTheSelectedFrameAndTheNormalHoverOtherwise() throws Exception {
        String text = Workspace.example(EXAMPLE);
        IFile f = Workspace.file("hover.mms", text);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MmsEditor editor = (MmsEditor) IDE.openEditor(page, f, MmsEditor.ID);
        int line26 = text.indexOf("parent: write buf \"new\"");
        int write = line26 + "parent: ".length() + 1;
        int parentBuf0 = text.indexOf("expect parent.buf[0] same") + "expect parent.".length() + 1; // on "buf"
        int childBuf0 = text.indexOf("child.buf[0]") + "child.".length();
        int rx = text.indexOf("nic: map rx") + "nic: map ".length();
        String normalOnWrite = waitForHover(editor, write);
        assertNotNull(normalOnWrite, "the language server's hover on 'write'");
        String normalOnBuf = EditorProbe.hover(editor, parentBuf0);

        LineBreakpointToggler.toggle(f, WRITE_NEW);
        IDebugView debugView = (IDebugView) page.showView(IDebugUIConstants.ID_DEBUG_VIEW);
        launch = ScenarioLaunchShortcut.configurationFor(f).launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
        MmThread recent = ((MmDebugTarget) launch.getDebugTarget()).eraThreads().get(1);
        assertEquals("linux-6.12", recent.era());
        select(debugView, recent.getTopStackFrame());
        assertTrue(Ui.waitFor(() -> DebugContextFollower.frameShown() != null && DebugContextFollower.frameShown().getThread() == recent,
                5000));
        MmStackFrame frame = recent.getTopStackFrame();
        Variable page0 = frame.variables().at("processes.parent.buf.0");
        String pfn = page0.value().replaceAll("^(pfn \\d+).*", "$1");

        String onParentPage = EditorProbe.hover(editor, parentBuf0);
        assertTrue(onParentPage.startsWith("parent.buf[0] = " + page0.value())
                && onParentPage.contains("\nlinux-6.12, line 23: parent: child = fork (done)\n"),
                "the value, the era and the frame: " + onParentPage);
        assertTrue(onParentPage.contains("refcount: " + page0.child("refcount").value()) && onParentPage.contains("mapcount: 2"),
                "the frame's counters, mapped by parent and child: " + onParentPage);
        String onChildPage = EditorProbe.hover(editor, childBuf0);
        assertTrue(onChildPage.startsWith("child.buf[0] = " + pfn + ","), "before the write both map one frame: " + onChildPage);
        String onBufInTheActorsStatement = EditorProbe.hover(editor, line26 + "parent: write ".length() + 1);
        assertTrue(onBufInTheActorsStatement.startsWith("parent.buf = 1 page(s) at 0x"),
                "a bare name is the actor's: " + onBufInTheActorsStatement);
        assertTrue(onBufInTheActorsStatement.contains("0: " + page0.value()), onBufInTheActorsStatement);
        String onHandle = EditorProbe.hover(editor, rx);
        assertTrue(onHandle.startsWith("rx = GET write") && onHandle.contains("\n  0: " + pfn),
                "the handle and the frame it holds: " + onHandle);
        assertEquals(normalOnWrite, EditorProbe.hover(editor, write), "an operation keeps its normal hover");

        recent.stepOver(); // the write: the parent gets its copy
        select(debugView, recent.getTopStackFrame());
        String afterWrite = EditorProbe.hover(editor, parentBuf0);
        assertNotEquals(pfn, afterWrite.replaceAll("(?s)^parent.buf\\[0\\] = (pfn \\d+).*", "$1"),
                "the parent's page is a new frame: " + afterWrite);
        assertTrue(afterWrite.contains("refcount: 1") && afterWrite.contains("mapcount: 1") && afterWrite.contains("(changed)"),
                afterWrite);
        assertTrue(EditorProbe.hover(editor, childBuf0).startsWith("child.buf[0] = " + pfn + ","), "the child keeps the old frame");

        MmThread old = ((MmDebugTarget) launch.getDebugTarget()).eraThreads().get(0);
        select(debugView, old.getTopStackFrame());
        assertTrue(EditorProbe.hover(editor, parentBuf0).contains("\nlinux-2.6.31, line 23"), "another era's frame selected: its value");

        launch.terminate();
        assertTrue(Ui.waitFor(launch::isTerminated, 5000));
        assertEquals(normalOnWrite, EditorProbe.hover(editor, write), "after the session: the normal hover");
        assertEquals(normalOnBuf, EditorProbe.hover(editor, parentBuf0));
        page.closeEditor(editor, false);
    }

    private static String waitForHover(MmsEditor editor, int offset) throws InterruptedException {
        String[] h = new String[1];
        Ui.waitFor(() -> (h[0] = EditorProbe.hover(editor, offset)) != null, 10000);
        return h[0];
    }

    private static void select(IDebugView view, Object element) throws InterruptedException {
        view.getViewer().setSelection(new StructuredSelection(element));
        Ui.waitFor(() -> false, 300);
    }

}
