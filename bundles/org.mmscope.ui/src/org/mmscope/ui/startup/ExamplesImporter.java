package org.mmscope.ui.startup;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * On first start, links the scenario examples folder (system property {@code mmscope.examples}, set by the
 * {@code mmscope ide} launcher) into the workspace as the project "examples".
 */
public class ExamplesImporter implements IStartup {
    public static final String PROPERTY = "mmscope.examples";
    public static final String PROJECT = "examples";

    @Override
    public void earlyStartup() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            return;
        }
        new WorkspaceJob("Importing mmscope examples") {
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
        }.schedule();
    }
}
