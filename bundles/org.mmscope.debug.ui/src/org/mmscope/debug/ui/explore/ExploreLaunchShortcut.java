package org.mmscope.debug.ui.explore;

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

/** Run As "mmscope Explore" on a .mms file or in its editor: reuses the file's explore configuration or makes one. */
public final class ExploreLaunchShortcut implements ILaunchShortcut {
    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && Adapters.adapt(s.getFirstElement(), IFile.class) instanceof IFile f) {
            launch(f);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor.getEditorInput() instanceof IFileEditorInput in) {
            editor.getSite().getPage().saveEditor(editor, true);
            launch(in.getFile());
        }
    }

    private static void launch(IFile file) {
        try {
            DebugUITools.launch(configurationFor(file), ILaunchManager.RUN_MODE);
        } catch (CoreException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(null, "mmscope", "Cannot explore " + file.getName(), e.getStatus());
        }
    }

    /** The first "mmscope explore" configuration of {@code file}, or a new saved one named after it. */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(ExploreLaunchSettings.TYPE_ID);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (path.equals(ExploreLaunchSettings.read(c).file())) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager.generateLaunchConfigurationName(file.getName() + " explore"));
        ExploreLaunchSettings.of(path).write(wc);
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
        return wc.doSave();
    }
}
