package org.mmscope.ui.editor;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;
import org.mmscope.dsl.ScenarioLoader;

/** Validates a scenario file off the UI thread and turns the problems into Problems-view markers. */
public class ValidationJob extends WorkspaceJob {
    public static final String MARKER = "org.mmscope.ui.problem";
    private static ScenarioLoader loader;
    private final IFile file;

    public ValidationJob(IFile file) {
        super("Validating " + file.getName());
        this.file = file;
        setRule(file);
        setSystem(true);
    }

    static synchronized ScenarioLoader loader() {
        if (loader == null) {
            loader = ScenarioLoader.create();
        }
        return loader;
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        if (!file.exists()) {
            return Status.OK_STATUS;
        }
        String text;
        try (var in = file.getContents()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return Status.error("cannot read " + file.getName(), e);
        }
        ScenarioLoader.Loaded l = loader().load(text, file.getName());
        file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
        for (ScenarioLoader.Problem p : l.problems()) {
            IMarker m = file.createMarker(MARKER);
            m.setAttribute(IMarker.LINE_NUMBER, Math.max(1, p.line()));
            m.setAttribute(IMarker.MESSAGE, p.message());
            m.setAttribute(IMarker.SEVERITY, p.error() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
        }
        return Status.OK_STATUS;
    }
}
