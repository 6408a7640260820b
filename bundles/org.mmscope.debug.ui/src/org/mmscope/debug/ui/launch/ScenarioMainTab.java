package org.mmscope.debug.ui.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Scenario tab: the .mms file (workspace path, Browse…), the kernel eras to run, the step budget per era. */
public final class ScenarioMainTab extends AbstractLaunchConfigurationTab {
    private ScenarioFileAndEras fileAndEras;
    private Text budget;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        fileAndEras = new ScenarioFileAndEras(c, this::changed);
        new Label(c, SWT.NONE).setText("Step budget per era:");
        budget = new Text(c, SWT.BORDER);
        budget.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        budget.addModifyListener(e -> changed());
        setControl(c);
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    /** The settings as the widgets show them (a budget that is not a number reads as 0, which is refused). */
    ScenarioLaunchSettings shown() {
        long n;
        try {
            n = Long.parseLong(budget.getText().trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        return new ScenarioLaunchSettings(fileAndEras.file(), fileAndEras.eras(), n);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        ScenarioLaunchSettings.of("").write(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            ScenarioLaunchSettings s = ScenarioLaunchSettings.read(configuration);
            fileAndEras.show(s.file(), s.eras());
            budget.setText(Long.toString(s.stepBudget()));
        } catch (CoreException | NumberFormatException e) {
            setErrorMessage("cannot read the configuration: " + e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        shown().write(configuration);
    }

    @Override
    public boolean isValid(ILaunchConfiguration launchConfig) {
        String problem = shown().problem();
        setErrorMessage(problem);
        return problem == null;
    }

    @Override
    public String getName() {
        return "Scenario";
    }
}
