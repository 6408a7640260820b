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
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        var project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("debug-test");
        for (IResource r : new IResource[] { project.getFolder("counterexamples"), project.getFile("15-explore-fork-race.mms"),
                project.getFile("bad-explore.mms") }) {
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
        assertTrue(new ExploreLaunchSettings("/p/a.mms", List.of("linux-4.0"), Set.of(), 1, true, 1).problem().contains("Unknown kernel era linux-4.0"));
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
        List<String> kernelLines = text.lines().map(l -> l.replaceAll("//.*", "").trim()).filter(l -> l.matches("kernel\\s+[^:]*")).toList();
        assertEquals(List.of("kernel linux-2.6.31"), kernelLines, "the kernel line names the failing era only: " + text);

        assertTrue(Workspace.waitFor(() -> ce.equals(activeEditorFile()), 10000), "the counterexample opens in the editor");
        assertEquals("org.mmscope.ui.editor", activeEditor().getSite().getId());
        assertTrue(Workspace.waitFor(() -> console().contains("counterexample: " + ce.getFullPath()), 5000), console());
        String console = console();
        assertTrue(console.contains("linux-2.6.31: FAIL") && console.contains("linux-6.12: PASS"), console);
        assertTrue(console.contains("shortest failing schedule ("), console);

        ScenarioLaunchShortcut.configurationFor(ce).launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        IMarker[] markers = ce.findMarkers(ExpectationMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertTrue(markers.length > 0, "the counterexample fails when run with the scenario launch");
        assertTrue(Arrays.stream(markers).allMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("linux-2.6.31")));
        assertTrue(Workspace.waitFor(() -> console().contains("FAILED"), 5000), console());

        c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        Job.getJobManager().join(ExploreJob.FAMILY, null);
        assertTrue(folder.getFile("15-explore-fork-race.counterexample-2.mms").exists(), "a second exploration does not overwrite the first's file");
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
