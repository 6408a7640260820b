package org.mmscope.debug.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** Run As / Debug As "mmscope scenario" on a .mms file or in its editor: reuses the file's configuration or makes one. */
public final class ScenarioLaunchShortcut implements ILaunchShortcut {
    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && Adapters.adapt(s.getFirstElement(), IFile.class) instanceof IFile f) {
            launch(f, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor.getEditorInput() instanceof IFileEditorInput in) {
            editor.getSite().getPage().saveEditor(editor, true);
            launch(in.getFile(), mode);
        }
    }

    private static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(null, "mmscope", "Cannot launch " + file.getName(), e.getStatus());
        }
    }

    /** The first "mmscope scenario" configuration of {@code file}, or a new saved one named after it. */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(ScenarioLaunchSettings.TYPE_ID);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (path.equals(ScenarioLaunchSettings.read(c).file())) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager.generateLaunchConfigurationName(file.getName()));
        ScenarioLaunchSettings.of(path).write(wc);
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
        return wc.doSave();
    }
}
