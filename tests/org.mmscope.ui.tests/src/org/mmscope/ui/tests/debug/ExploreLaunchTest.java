package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.ui.explore.ExploreJob;
import org.mmscope.debug.ui.explore.ExploreLaunchSettings;
import org.mmscope.debug.ui.explore.ExploreLaunchShortcut;
import org.mmscope.debug.ui.launch.ExpectationMarkers;
import org.mmscope.debug.ui.launch.RunConsole;
import org.mmscope.debug.ui.launch.ScenarioLaunchShortcut;
import org.mmscope.engine.explore.KernelEvent;
import org.mmscope.ui.tests.Ui;

/**
 * The "mmscope explore" launch: its settings, the exploration of examples/15 (console, a counterexample file in the
 * project that opens in the editor, names only the failing era and fails when run with the scenario launch).
 */
class ExploreLaunchTest {
    /**
     * The editors this opens are closed and the files it wrote deleted again, so that later tests find the workbench
     * and the workspace (which the language server indexes) as they expect them.
     */
    @AfterEach
    void cleanUp() throws CoreException {
        // first what the explorations left queued for the UI thread (console text, opening a counterexample): run
        // later, it would open an editor in the middle of the next test class and take the focus from its editor
        while (Display.getCurrent().readAndDispatch()) {
            // drain
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        var project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("debug-test");
        for (IResource r : new IResource[] { project.getFolder("counterexamples"), project.getFile("15-explore-fork-race.mms"),
                project.getFile("bad-explore.mms"), project.getFile("long-explore.mms") }) {
            if (r.exists()) {
                r.delete(true, null);
            }
        }
    }

    @Test
    void settingsSurviveAConfigurationAndBadOnesAreNamed() throws CoreException {
        var type = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(ExploreLaunchSettings.TYPE_ID);
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, "explore-settings-test");
        ExploreLaunchSettings s = new ExploreLaunchSettings("/p/a.mms", List.of("linux-5.10", "linux-6.12"),
                EnumSet.of(KernelEvent.MIGRATE, KernelEvent.RECLAIM), 2, false, 5000);
        s.write(wc);
        assertEquals(s, ExploreLaunchSettings.read(wc.doSave()), "every setting survives a saved configuration");
        assertNull(s.problem());
        ExploreLaunchSettings empty = ExploreLaunchSettings.read(type.newInstance(null, "explore-empty"));
        assertEquals(List.of(), empty.eras());
        assertEquals(Set.of(), empty.events());
        assertEquals(1, empty.maxEvents(), "unset: the command line's --max-events default");
        assertTrue(empty.reduction(), "unset: the reduction is on");
        assertEquals(1_000_000, empty.maxStates(), "unset: the command line's --max-states default");
        assertTrue(new ExploreLaunchSettings("/p/a.mms", List.of("linux-4.0"), Set.of(), 1, true, 1).problem()
                .contains("Unknown kernel era linux-4.0"));
        assertTrue(new ExploreLaunchSettings("/p/a.mms", List.of(), Set.of(), -1, true, 1).problem().contains("must not be negative"));
        assertTrue(new ExploreLaunchSettings("/p/a.mms", List.of(), Set.of(), 1, true, 0).problem().contains("at least 1"));
        assertTrue(new ExploreLaunchSettings("/p/a.txt", List.of(), Set.of(), 1, true, 1).problem().contains("not a scenario file"));
    }

    @Test
    void exploringTheForkRaceWritesACounterexampleThatOpensAndFailsWhenRun() throws Exception {
        IFile f = Workspace.file("15-explore-fork-race.mms", Workspace.example("15-explore-fork-race.mms"));
        IFolder folder = f.getProject().getFolder("counterexamples");
        if (folder.exists()) {
            folder.delete(true, null);
        }
        var c = ExploreLaunchShortcut.configurationFor(f);
        assertEquals(c, ExploreLaunchShortcut.configurationFor(f), "the shortcut reuses the file's configuration");
        c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Job.getJobManager().join(ExploreJob.FAMILY, null);
        IFile ce = folder.getFile("15-explore-fork-race.counterexample.mms");
        assertTrue(ce.exists(), "the counterexample is written into the project's counterexamples folder");
        assertEquals(1, folder.members().length, "only linux-2.6.31 fails: one counterexample");
        String text = new String(ce.getContents().readAllBytes(), StandardCharsets.UTF_8);
        List<String> kernelLines = text.lines().map(l -> l.replaceAll("//.*", "").trim()).filter(l -> l.matches("kernel\\s+[^:]*"))
                .toList();
        assertEquals(List.of("kernel linux-2.6.31"), kernelLines, "the kernel line names the failing era only: " + text);

        assertTrue(Ui.waitFor(() -> ce.equals(activeEditorFile()), 10000), "the counterexample opens in the editor");
        assertEquals("org.mmscope.ui.editor", activeEditor().getSite().getId());
        assertTrue(Ui.waitFor(() -> console().contains("counterexample: " + ce.getFullPath()), 5000), console());
        String console = console();
        assertTrue(console.contains("linux-2.6.31: FAIL") && console.contains("linux-6.12: PASS"), console);
        assertTrue(console.contains("shortest failing schedule ("), console);

        ScenarioLaunchShortcut.configurationFor(ce).launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        IMarker[] markers = ce.findMarkers(ExpectationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(markers.length > 0, "the counterexample fails when run with the scenario launch");
        assertTrue(Arrays.stream(markers).allMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("linux-2.6.31")));
        assertTrue(Ui.waitFor(() -> console().contains("FAILED"), 5000), console());

        c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Job.getJobManager().join(ExploreJob.FAMILY, null);
        IFile second = folder.getFile("15-explore-fork-race.counterexample-2.mms");
        assertTrue(second.exists(), "a second exploration does not overwrite the first's file");
        assertTrue(Ui.waitFor(() -> second.equals(activeEditorFile()), 10000), "the second counterexample opens in the editor");
    }

    /** Three actors of five writes each, no reduction: minutes of search, unless cancelled. */
    private static final String LONG_EXPLORATION = """
            scenario "a long exploration"
            kernel linux-6.12
            machine {
                ram 64 MiB
                swap 64 MiB
            }
            process a
            process b
            process c
            a: x = mmap anon 4 pages read write
            b: y = mmap anon 4 pages read write
            c: z = mmap anon 4 pages read write
            parallel {
                a: write x[0] "1"
                a: write x[1] "2"
                a: write x[2] "3"
                a: write x[3] "4"
                a: write x[0] "5"
                b: write y[0] "1"
                b: write y[1] "2"
                b: write y[2] "3"
                b: write y[3] "4"
                b: write y[0] "5"
                c: write z[0] "1"
                c: write z[1] "2"
                c: write z[2] "3"
                c: write z[3] "4"
                c: write z[0] "5"
            }
            expect a: read x[0] == "5"
            """;

    @Test
    void cancellingALongExplorationStopsItSoonAndWritesNoCounterexample() throws Exception {
        IFile f = Workspace.file("long-explore.mms", LONG_EXPLORATION);
        var c = ExploreLaunchShortcut.configurationFor(f).getWorkingCopy();
        new ExploreLaunchSettings(f.getFullPath().toString(), List.of(), Set.of(), 1, false, 1_000_000).write(c);
        c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Job[] jobs = Job.getJobManager().find(ExploreJob.FAMILY);
        assertEquals(1, jobs.length, "the launch schedules one explore job");
        assertTrue(Ui.waitFor(() -> jobs[0].getState() == Job.RUNNING, 10000), "the job runs");
        Ui.waitFor(() -> false, 2500); // let it search (the explorer reports progress, and sees a cancel, about once a second)
        assertEquals(Job.RUNNING, jobs[0].getState(), "still searching after 2.5 s");
        long cancelled = System.nanoTime();
        jobs[0].cancel();
        assertTrue(Ui.waitFor(() -> jobs[0].getState() == Job.NONE, 10000), "the search stops within seconds of the cancel");
        long tookMs = (System.nanoTime() - cancelled) / 1_000_000;
        assertTrue(tookMs < 10000, "stopped " + tookMs + " ms after the cancel");
        assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, jobs[0].getResult().getSeverity(), "the job ends as cancelled");
        assertTrue(Ui.waitFor(() -> console().contains("linux-6.12: cancelled"), 5000), console());
        assertTrue(
                !f.getProject().getFolder("counterexamples").exists() || f.getProject().getFolder("counterexamples").members().length == 0,
                "a cancelled exploration writes no counterexample");
    }

    @Test
    void aFileWithErrorsDoesNotExploreAndSaysWhere() throws Exception {
        IFile f = Workspace.file("bad-explore.mms", "scenario \"bad\"\nprocess app\napp: write nothing \"x\"\n");
        CoreException e = assertThrows(CoreException.class,
                () -> ExploreLaunchShortcut.configurationFor(f).launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("/debug-test/bad-explore.mms:3:"), e.getMessage());
    }

    private static String console() {
        return RunConsole.current() == null ? "" : RunConsole.current().getDocument().get();
    }

    private static IEditorPart activeEditor() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
    }

    private static IFile activeEditorFile() {
        IEditorPart e = activeEditor();
        return e != null && e.getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
    }
}
