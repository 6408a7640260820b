package org.mmscope.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.mmscope.ui.startup.ExamplesImporter;

/** File > New > mmscope Scenario: a .mms file from a template that runs as it is, opened in the editor. */
public final class NewScenarioWizard extends BasicNewResourceWizard {
    /** The template: a complete scenario (fork while a device holds a pinned page) to edit from. */
    public static final String TEMPLATE = """
            // What does this scenario show? Which kernel functions decide it?
            scenario "New scenario"

            kernel linux-2.6.31, linux-6.12

            machine {
                ram 64 MiB
                swap 64 MiB
            }

            device nic

            process app

            app: buf = mmap anon 1 page read write
            app: write buf "hello"
            app: rx = pin buf write
            nic: map rx from_device
            app: child = fork
            app: write buf "parent"
            nic: dma write rx "device"

            expect [linux-2.6.31] app: read buf == "parent"   // the parent's write copied; the device has the child's page
            expect [linux-6.12] app: read buf == "device"     // fork copied for the child; the parent kept the pinned page
            """;

    private WizardNewFileCreationPage page;

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("scenario", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("mmscope Scenario");
        page.setDescription("Create a scenario file (.mms) from a template.");
        page.setFileExtension("mms");
        page.setFileName("scenario.mms");
        IPath container = defaultContainer();
        if (container != null) {
            page.setContainerFullPath(container);
        }
        addPage(page);
    }

    /** The project "scenarios" (created when missing) when nothing else than the shipped examples is selected. */
    public static final String DEFAULT_PROJECT = "scenarios";

    private IPath defaultContainer() {
        Object first = getSelection() == null ? null : getSelection().getFirstElement();
        IResource selected = first instanceof IResource r ? r
                : first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
        if (selected != null && !selected.getProject().getName().equals(ExamplesImporter.PROJECT)) {
            return null; // the page takes the selection's folder itself
        }
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(DEFAULT_PROJECT);
        try {
            if (!p.exists()) {
                p.create(null); // the shipped examples are read-only and belong to the repository: new work goes elsewhere
            }
            if (!p.isOpen()) {
                p.open(null);
            }
            return p.getFullPath();
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle("New mmscope Scenario");
        setNeedsProgressMonitor(true);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        try {
            IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
        } catch (PartInitException e) {
            page.setErrorMessage("created, but cannot open it: " + e.getMessage());
        }
        return true;
    }
}
