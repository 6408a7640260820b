package org.mmscope.debug.ui.presentation;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;

/** Every frame of a scenario's run is in the scenario's file: the step's line (kernel calls have no source of their own). */
public final class ScenarioSourceLocator implements ISourceLocator {
    private final IFile file;

    public ScenarioSourceLocator(IFile file) {
        this.file = file;
    }

    @Override
    public Object getSourceElement(IStackFrame stackFrame) {
        return file;
    }
}
