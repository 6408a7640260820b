package org.mmscope.debug.ui.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;
import org.mmscope.engine.era.Eras;

/** The Scenario tab: the .mms file (workspace path, Browse…), the kernel eras to run, the step budget per era. */
public final class ScenarioMainTab extends AbstractLaunchConfigurationTab {
    private Text file;
    private final Map<String, Button> eras = new LinkedHashMap<>();
    private Text budget;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Scenario file:");
        file = new Text(c, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addModifyListener(e -> changed());
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> browse());
        new Label(c, SWT.NONE).setText("Kernel eras:");
        Composite boxes = new Composite(c, SWT.NONE);
        boxes.setLayout(new GridLayout(Eras.names().size() + 1, false));
        boxes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (String era : Eras.names()) {
            Button b = new Button(boxes, SWT.CHECK);
            b.setText(era);
            b.addListener(SWT.Selection, e -> changed());
            eras.put(era, b);
        }
        new Label(boxes, SWT.NONE).setText("(none ticked: the eras the scenario names)");
        new Label(c, SWT.NONE).setText("Step budget per era:");
        budget = new Text(c, SWT.BORDER);
        budget.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        budget.addModifyListener(e -> changed());
        setControl(c);
    }

    private void browse() {
        ResourceListSelectionDialog d = new ResourceListSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(),
                org.eclipse.core.resources.IResource.FILE);
        d.setTitle("Choose a scenario (.mms)");
        if (d.open() == ResourceListSelectionDialog.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IFile f) {
            file.setText(f.getFullPath().toString());
        }
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    /** The settings as the widgets show them (a budget that is not a number reads as 0, which is refused). */
    ScenarioLaunchSettings shown() {
        List<String> ticked = new ArrayList<>();
        eras.forEach((era, b) -> {
            if (b.getSelection()) {
                ticked.add(era);
            }
        });
        long n;
        try {
            n = Long.parseLong(budget.getText().trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        return new ScenarioLaunchSettings(file.getText().trim(), ticked, n);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        ScenarioLaunchSettings.of("").write(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            ScenarioLaunchSettings s = ScenarioLaunchSettings.read(configuration);
            file.setText(s.file());
            eras.forEach((era, b) -> b.setSelection(s.eras().contains(era)));
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
