package org.mmscope.debug.ui.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ResourceListSelectionDialog;
import org.mmscope.engine.era.Eras;

/**
 * The first rows of every mmscope launch tab (scenario and explore): the .mms file (workspace path, Browse…) and
 * the kernel eras to run, none ticked meaning the scenario's own; and the checks both launches make of them.
 */
public final class ScenarioFileAndEras {
    private final Text file;
    private final Map<String, Button> eras = new LinkedHashMap<>();

    /** Adds the rows to {@code c}, a three-column grid; {@code changed} runs on every edit. */
    public ScenarioFileAndEras(Composite c, Runnable changed) {
        new Label(c, SWT.NONE).setText("Scenario file:");
        file = new Text(c, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addModifyListener(e -> changed.run());
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
            b.addListener(SWT.Selection, e -> changed.run());
            eras.put(era, b);
        }
        new Label(boxes, SWT.NONE).setText("(none ticked: the eras the scenario names)");
    }

    /** The file as typed, trimmed. */
    public String file() {
        return file.getText().trim();
    }

    /** The ticked eras, in the eras' order. */
    public List<String> eras() {
        List<String> ticked = new ArrayList<>();
        eras.forEach((era, b) -> {
            if (b.getSelection()) {
                ticked.add(era);
            }
        });
        return ticked;
    }

    /** Shows a configuration's file and eras. */
    public void show(String path, List<String> ticked) {
        file.setText(path);
        eras.forEach((era, b) -> b.setSelection(ticked.contains(era)));
    }

    private void browse() {
        ResourceListSelectionDialog d = new ResourceListSelectionDialog(file.getShell(), ResourcesPlugin.getWorkspace().getRoot(),
                IResource.FILE);
        d.setTitle("Choose a scenario (.mms)");
        if (d.open() == ResourceListSelectionDialog.OK && d.getResult().length > 0 && d.getResult()[0] instanceof IFile f) {
            file.setText(f.getFullPath().toString());
        }
    }

    /** What is wrong with a launch's file and eras, as the launch dialog shows it, or null. */
    public static String problem(String file, List<String> eras) {
        if (file == null || file.isBlank()) {
            return "Choose a scenario file (.mms).";
        }
        if (!file.endsWith(".mms")) {
            return file + " is not a scenario file (.mms).";
        }
        List<String> unknown = new ArrayList<>(eras);
        unknown.removeAll(Eras.names());
        if (!unknown.isEmpty()) {
            return "Unknown kernel era " + unknown.get(0) + " (known: " + String.join(", ", Eras.names()) + ").";
        }
        return null;
    }
}
