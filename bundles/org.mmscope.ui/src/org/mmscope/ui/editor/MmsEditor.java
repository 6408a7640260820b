package org.mmscope.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The editor for {@code .mms} files: the platform text editor with the scenario language's highlighting and
 * validation markers (refreshed in a background job on open and on save). Partial: content assist, hover,
 * outline and quick fixes come with the LSP wiring of issue 7.
 */
public class MmsEditor extends TextEditor {
    public static final String ID = "org.mmscope.ui.editor";

    public MmsEditor() {
        setSourceViewerConfiguration(new MmsSourceViewerConfiguration());
    }

    @Override
    protected void doSetInput(org.eclipse.ui.IEditorInput input) throws org.eclipse.core.runtime.CoreException {
        super.doSetInput(input);
        validate();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        super.doSave(monitor);
        validate();
    }

    private void validate() {
        if (getEditorInput() instanceof IFileEditorInput fi) {
            IFile file = fi.getFile();
            new ValidationJob(file).schedule();
        }
    }
}
