package org.mmscope.ui.startup;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.progress.UIJob;

/**
 * On start: links the scenario examples folder (system property {@code mmscope.examples}, set by the
 * {@code mmscope ide} launcher) into the workspace as the project "examples", then opens the files named in
 * {@code mmscope.open} (colon-separated absolute paths) in their editors.
 */
public class ExamplesImporter implements IStartup {
    public static final String PROPERTY = "mmscope.examples";
    public static final String OPEN = "mmscope.open";
    public static final String PROJECT = "examples";

    @Override
    public void earlyStartup() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            openFiles();
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Importing mmscope examples") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                try {
                    IWorkspace ws = ResourcesPlugin.getWorkspace();
                    IProject p = ws.getRoot().getProject(PROJECT);
                    if (!p.exists()) {
                        IProjectDescription d = ws.newProjectDescription(PROJECT);
                        d.setLocation(new org.eclipse.core.runtime.Path(Path.of(dir).toAbsolutePath().toString()));
                        p.create(d, monitor);
                    }
                    if (!p.isOpen()) {
                        p.open(monitor);
                    }
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.error("cannot import the examples from " + dir, e);
                }
            }
        };
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                openFiles();
            }
        });
        job.schedule();
    }

    private static void openFiles() {
        String files = System.getProperty(OPEN);
        if (files == null || files.isBlank()) {
            return;
        }
        new UIJob("Opening scenarios") {
            @Override
            public IStatus runInUIThread(IProgressMonitor monitor) {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                for (String f : files.split(":")) {
                    try {
                        var ws = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Path.of(f).toUri());
                        if (ws.length > 0) {
                            IDE.openEditor(page, ws[0]);
                        } else {
                            IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(Path.of(f).toUri()));
                        }
                    } catch (PartInitException e) {
                        return Status.error("cannot open " + f, e);
                    }
                }
                return Status.OK_STATUS;
            }
        }.schedule();
    }
}
