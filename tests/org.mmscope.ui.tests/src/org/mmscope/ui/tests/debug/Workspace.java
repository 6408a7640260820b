package org.mmscope.ui.tests.debug;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.mmscope.debug.ui.model.MmDebugTarget;

/**
 * Files in a test project, the shipped examples, and a debug session's set-up and end (waiting on the UI thread:
 * {@link org.mmscope.ui.tests.Ui#waitFor}).
 */
final class Workspace {
    private Workspace() {
    }

    static IFile file(String name, String text) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("debug-test");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        IFile f = p.getFile(name);
        var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
        return f;
    }

    static String example(String name) throws java.io.IOException {
        Path root = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
        return Files.readString(root.resolve("examples").resolve(name));
    }

    /** A suspended session neither asks nor switches to the Debug perspective. */
    static void noPerspectiveQuestions() {
        var prefs = DebugUITools.getPreferenceStore();
        prefs.setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", MessageDialogWithToggle.NEVER);
        prefs.setValue("org.eclipse.debug.ui.switch_to_perspective", MessageDialogWithToggle.NEVER);
    }

    /** Ends {@code launch} (when there is one still running) and removes every mmscope breakpoint. */
    static void endDebugging(ILaunch launch) throws DebugException, CoreException {
        if (launch != null && !launch.isTerminated()) {
            launch.terminate();
        }
        var breakpoints = DebugPlugin.getDefault().getBreakpointManager();
        breakpoints.removeBreakpoints(breakpoints.getBreakpoints(MmDebugTarget.MODEL_ID), true);
    }
}
