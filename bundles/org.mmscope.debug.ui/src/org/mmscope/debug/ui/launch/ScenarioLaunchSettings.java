package org.mmscope.debug.ui.launch;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.mmscope.engine.Simulation;

/**
 * What an "mmscope scenario" launch configuration holds: the scenario file (a workspace path), the kernel eras to
 * run (empty: the ones the scenario names) and the step budget per era. One place reads, writes and checks them,
 * for the tab, the shortcut and the delegate.
 */
public record ScenarioLaunchSettings(String file, List<String> eras, long stepBudget) {
    public static final String TYPE_ID = "org.mmscope.debug.ui.scenario";
    static final String FILE = "org.mmscope.debug.ui.file";
    static final String ERAS = "org.mmscope.debug.ui.eras";
    static final String STEP_BUDGET = "org.mmscope.debug.ui.stepBudget";
    /** The command line's default step budget (mmscope run --max-steps). */
    public static final long DEFAULT_STEP_BUDGET = Simulation.Options.defaults().maxSteps();

    public ScenarioLaunchSettings {
        eras = List.copyOf(eras);
    }

    public static ScenarioLaunchSettings of(String file) {
        return new ScenarioLaunchSettings(file, List.of(), DEFAULT_STEP_BUDGET);
    }

    public static ScenarioLaunchSettings read(ILaunchConfiguration c) throws CoreException {
        String eras = c.getAttribute(ERAS, "");
        return new ScenarioLaunchSettings(c.getAttribute(FILE, ""), eras.isBlank() ? List.of()
                : Arrays.stream(eras.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                Long.parseLong(c.getAttribute(STEP_BUDGET, Long.toString(DEFAULT_STEP_BUDGET))));
    }

    public void write(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(FILE, file);
        c.setAttribute(ERAS, String.join(",", eras));
        c.setAttribute(STEP_BUDGET, Long.toString(stepBudget));
    }

    /** The eras as the loader takes them: null runs the scenario's own. */
    public List<String> erasOrNull() {
        return eras.isEmpty() ? null : eras;
    }

    /** What is wrong with the settings, as the launch dialog shows it, or null. */
    public String problem() {
        String fileOrEras = ScenarioFileAndEras.problem(file, eras);
        if (fileOrEras != null) {
            return fileOrEras;
        }
        if (stepBudget < 1) {
            return "The step budget must be at least 1 (got " + stepBudget + ").";
        }
        return null;
    }
}
