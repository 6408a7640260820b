package org.mmscope.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File > Export > mmscope report: pick scenario files, a folder and a format; the export runs as a job. */
public class ReportExportWizard extends Wizard implements IExportWizard {
    private final List<IFile> scenarios = new ArrayList<>();
    private final List<IFile> preselected = new ArrayList<>();
    private Page page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Export mmscope report");
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
                if (r.getType() == IResource.FILE && "mms".equals(r.getFileExtension())) {
                    scenarios.add((IFile) r);
                }
                return true;
            });
        } catch (CoreException e) {
            // an unreadable workspace part: offer what was found
        }
        if (selection != null) {
            for (Object o : selection.toList()) {
                IFile f = Adapters.adapt(o, IFile.class);
                if (f != null) {
                    preselected.add(f);
                }
            }
        }
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        List<IFile> chosen = page.chosen();
        ReportExportJob.toDirectory(chosen, Path.of(page.folder.getText()), page.format.getText()).schedule();
        return true;
    }

    private final class Page extends WizardPage {
        Table table;
        Text folder;
        Combo format;

        Page() {
            super("mmscope report");
            setTitle("Export mmscope report");
            setDescription("Runs the chosen scenarios in every era they name and writes one report each, plus index.html.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            table = new Table(c, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
            for (IFile f : scenarios) {
                TableItem it = new TableItem(table, SWT.NONE);
                it.setText(f.getFullPath().toString());
                it.setData(f);
                it.setChecked(preselected.isEmpty() || preselected.contains(f));
            }
            new Label(c, SWT.NONE).setText("To folder:");
            folder = new Text(c, SWT.BORDER);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folder.setText(Path.of(System.getProperty("user.home"), "mmscope-reports").toString());
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                String d = new DirectoryDialog(getShell()).open();
                if (d != null) {
                    folder.setText(d);
                }
            });
            new Label(c, SWT.NONE).setText("Format:");
            format = new Combo(c, SWT.READ_ONLY);
            format.setItems("html", "md", "json", "xml");
            format.select(0);
            table.addListener(SWT.Selection, e -> validate());
            folder.addListener(SWT.Modify, e -> validate());
            setControl(c);
            validate();
        }

        List<IFile> chosen() {
            List<IFile> out = new ArrayList<>();
            for (TableItem it : table.getItems()) {
                if (it.getChecked()) {
                    out.add((IFile) it.getData());
                }
            }
            return out;
        }

        private void validate() {
            String problem = chosen().isEmpty() ? "Choose at least one scenario." : folder.getText().isBlank() ? "Choose a folder." : null;
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
