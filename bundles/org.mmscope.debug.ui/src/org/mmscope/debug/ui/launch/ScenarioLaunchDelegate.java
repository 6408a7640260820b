package org.mmscope.debug.ui.launch;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.swt.widgets.Display;
import org.mmscope.debug.DebugSession;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.presentation.DebugContextFollower;
import org.mmscope.debug.ui.presentation.ScenarioSourceLocator;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.ui.views.RunContext;

/**
 * Launches an "mmscope scenario": Run runs it in each era (console output, failed expectations as markers, the
 * mmscope views show the run); Debug records each era in full and hands a {@link MmDebugTarget} to the debugger.
 * A file with errors does not launch: the first error is reported as file:line:col.
 */
public final class ScenarioLaunchDelegate extends LaunchConfigurationDelegate {
    public static final String PLUGIN = "org.mmscope.debug.ui";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        ScenarioLaunchSettings settings = ScenarioLaunchSettings.read(configuration);
        if (settings.problem() != null) {
            throw new CoreException(Status.error(configuration.getName() + ": " + settings.problem()));
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(settings.file()));
        if (!file.exists()) {
            throw new CoreException(Status.error(settings.file() + ": no such file in the workspace"));
        }
        Scenario scenario = load(file, settings);
        launch.setSourceLocator(new ScenarioSourceLocator(file));
        if (ILaunchManager.DEBUG_MODE.equals(mode)) {
            DebugSession session = DebugSession.start(scenario, settings.stepBudget());
            MmDebugTarget target = new MmDebugTarget(launch, file, scenario, session);
            report(file, target.run(), false);
            launch.addDebugTarget(target);
            DebugContextFollower.install();
            target.start();
            return;
        }
        report(file, new ScenarioRunner(new Simulation.Options(true, true, 1, settings.stepBudget())).run(scenario), true);
    }

    /** The run's outcome in the console and as markers (a debug session's runs are recorded in full before the first stop). */
    private static void report(IFile file, RunResult result, boolean showInViews) throws CoreException {
        ExpectationMarkers.replace(file, result);
        String text = RunOutput.of(result);
        Display.getDefault().asyncExec(() -> {
            RunConsole.show(text);
            if (showInViews) {
                RunContext.get().publish(result);
            }
        });
    }

    private static Scenario load(IFile file, ScenarioLaunchSettings settings) throws CoreException {
        return load(file, settings.eras());
    }

    /**
     * Loads {@code file} for a launch in {@code eras} (empty: the scenario's own); a file with errors is refused with
     * its first error as file:line:col.
     */
    public static Scenario load(IFile file, java.util.List<String> eras) throws CoreException {
        String text;
        try (var in = file.getContents()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new CoreException(Status.error("cannot read " + file.getFullPath(), e));
        }
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, file.getFullPath().toString(), eras.isEmpty() ? null : eras);
        if (l.hasErrors()) {
            ScenarioLoader.Problem p = l.problems().stream().filter(ScenarioLoader.Problem::error).findFirst().orElseThrow();
            throw new CoreException(Status.error("cannot launch " + file.getName() + ": " + p));
        }
        Scenario s = l.scenario();
        // the loader checks the scenario against the chosen eras; which eras run is the scenario's list (as mmscope run --kernel does it)
        return eras.isEmpty() ? s : new Scenario(s.title(), s.source(), eras, s.machine(), s.items());
    }
}
