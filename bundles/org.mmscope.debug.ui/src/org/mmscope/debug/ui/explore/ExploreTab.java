package org.mmscope.debug.ui.explore;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
import org.mmscope.debug.ui.launch.ScenarioFileAndEras;
import org.mmscope.engine.explore.KernelEvent;

/**
 * The Explore tab: the .mms file, the kernel eras, the kernel events to insert between steps (--with), the most
 * events per schedule, the partial-order reduction and the most distinct states per era.
 */
public final class ExploreTab extends AbstractLaunchConfigurationTab {
    private ScenarioFileAndEras fileAndEras;
    private final Map<KernelEvent, Button> events = new EnumMap<>(KernelEvent.class);
    private Text maxEvents;
    private Button reduction;
    private Text maxStates;

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        fileAndEras = new ScenarioFileAndEras(c, this::changed);
        new Label(c, SWT.NONE).setText("Kernel events (--with):");
        Composite eventBoxes = row(c, KernelEvent.values().length);
        for (KernelEvent e : KernelEvent.values()) {
            events.put(e, check(eventBoxes, e.option()));
        }
        new Label(c, SWT.NONE).setText("Most events per schedule:");
        maxEvents = text(c, 2);
        new Label(c, SWT.NONE).setText("Reduction:");
        reduction = check(row(c, 1), "partial-order reduction (off: every order of independent steps is run)");
        new Label(c, SWT.NONE).setText("Most distinct states per era:");
        maxStates = text(c, 2);
        setControl(c);
    }

    private Text text(Composite c, int span) {
        Text t = new Text(c, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        t.addModifyListener(e -> changed());
        return t;
    }

    private static Composite row(Composite c, int columns) {
        Composite r = new Composite(c, SWT.NONE);
        r.setLayout(new GridLayout(columns, false));
        r.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return r;
    }

    private Button check(Composite c, String label) {
        Button b = new Button(c, SWT.CHECK);
        b.setText(label);
        b.addListener(SWT.Selection, e -> changed());
        return b;
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    /** The settings as the widgets show them (a number that is not one reads as -1, which is refused). */
    ExploreLaunchSettings shown() {
        Set<KernelEvent> with = EnumSet.noneOf(KernelEvent.class);
        events.forEach((e, b) -> {
            if (b.getSelection()) {
                with.add(e);
            }
        });
        return new ExploreLaunchSettings(fileAndEras.file(), fileAndEras.eras(), with, (int) number(maxEvents), reduction.getSelection(),
                number(maxStates));
    }

    private static long number(Text t) {
        try {
            return Long.parseLong(t.getText().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        ExploreLaunchSettings.of("").write(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            ExploreLaunchSettings s = ExploreLaunchSettings.read(configuration);
            fileAndEras.show(s.file(), s.eras());
            events.forEach((e, b) -> b.setSelection(s.events().contains(e)));
            maxEvents.setText(Integer.toString(s.maxEvents()));
            reduction.setSelection(s.reduction());
            maxStates.setText(Long.toString(s.maxStates()));
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
        return "Explore";
    }
}
