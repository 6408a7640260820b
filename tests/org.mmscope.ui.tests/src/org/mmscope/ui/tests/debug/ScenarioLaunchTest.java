package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.ui.launch.ExpectationMarkers;
import org.mmscope.debug.ui.launch.RunConsole;
import org.mmscope.debug.ui.launch.ScenarioLaunchSettings;
import org.mmscope.debug.ui.launch.ScenarioLaunchShortcut;
import org.mmscope.ui.tests.Ui;
import org.mmscope.ui.views.RunContext;

/** The "mmscope scenario" launch configuration: its settings, Run's console and markers, a file that cannot launch. */
class ScenarioLaunchTest {
    private static final String FAILING = "scenario \"fails\"\nkernel linux-6.12, linux-2.6.31\nprocess app\napp: buf = mmap anon 1 page read write\n"
            + "app: write buf \"x\"\nexpect frame of app.buf[0] mapcount == 2\nexpect frame of app.buf[0] mapcount == 1\n";

    @Test
    void settingsSurviveAConfigurationAndBadOnesAreNamed() throws CoreException {
        var type = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(ScenarioLaunchSettings.TYPE_ID);
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, "settings-test");
        ScenarioLaunchSettings s = new ScenarioLaunchSettings("/p/a.mms", List.of("linux-5.10"), 500);
        s.write(wc);
        assertEquals(s, ScenarioLaunchSettings.read(wc));
        assertNull(s.problem());
        assertEquals(ScenarioLaunchSettings.DEFAULT_STEP_BUDGET, ScenarioLaunchSettings.read(type.newInstance(null, "empty")).stepBudget(),
                "an unset budget is the command line's default");
        assertTrue(new ScenarioLaunchSettings("/p/a.mms", List.of("linux-4.0"), 1).problem().contains("Unknown kernel era linux-4.0"));
        assertTrue(new ScenarioLaunchSettings("/p/a.mms", List.of(), 0).problem().contains("at least 1"));
        assertTrue(new ScenarioLaunchSettings("/p/a.txt", List.of(), 1).problem().contains("not a scenario file"));
        assertTrue(new ScenarioLaunchSettings("", List.of(), 1).problem().contains("Choose a scenario file"));
    }

    @Test
    void runWritesTheConsoleAndMarksFailedExpectationsOnTheirLines() throws Exception {
        IFile f = Workspace.file("fails.mms", FAILING);
        ILaunchConfiguration c = ScenarioLaunchShortcut.configurationFor(f);
        assertEquals(c, ScenarioLaunchShortcut.configurationFor(f), "the shortcut reuses the file's configuration");
        c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        IMarker[] markers = f.findMarkers(ExpectationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length, "one failed expectation (in both eras), one marker");
        assertEquals(6, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        String message = markers[0].getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("linux-6.12") && message.contains("linux-2.6.31") && message.contains("found: mapcount 1"), message);
        assertTrue(
                Ui.waitFor(() -> RunConsole.current() != null && RunConsole.current().getDocument().get().contains("FAILED"), 5000));
        String console = RunConsole.current().getDocument().get();
        assertTrue(console.contains("FAIL  line 6: ") && console.contains("PASS  line 7: "), console);
        assertEquals("fails", RunContext.get().run().scenario().title(), "the mmscope views show the run");

        Workspace.file("fails.mms", FAILING.replace("mapcount == 2", "mapcount == 1"));
        c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        assertEquals(0, f.findMarkers(ExpectationMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "a passing run clears the markers");
    }

    @Test
    void theErasAndTheBudgetOfTheConfigurationAreUsed() throws Exception {
        IFile f = Workspace.file("eras.mms", FAILING);
        ILaunchConfigurationWorkingCopy wc = ScenarioLaunchShortcut.configurationFor(f).getWorkingCopy();
        new ScenarioLaunchSettings(f.getFullPath().toString(), List.of("linux-5.10"), 1).write(wc);
        wc.doSave().launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        assertTrue(Ui.waitFor(() -> RunConsole.current() != null && RunConsole.current().getDocument().get().contains("eras.mms"),
                5000));
        String console = RunConsole.current().getDocument().get();
        assertTrue(console.contains("linux-5.10:") && !console.contains("linux-6.12"), console);
        assertTrue(console.contains("STOPPED at /debug-test/eras.mms:5:"), "a budget of one step stops before the second: " + console);
    }

    @Test
    void aFileWithErrorsDoesNotLaunchAndSaysWhere() throws Exception {
        IFile f = Workspace.file("bad.mms", "scenario \"bad\"\nprocess app\napp: write nothing \"x\"\n");
        CoreException e = assertThrows(CoreException.class,
                () -> ScenarioLaunchShortcut.configurationFor(f).launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("/debug-test/bad.mms:3:"), e.getMessage());
    }
}
