package org.mmscope.debug.ui.explore;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Launches an "mmscope explore": checks the settings, loads the file (errors refused as file:line:col) and
 * schedules an {@link ExploreJob}, which the Progress view shows and can cancel.
 */
public final class ExploreLaunchDelegate extends LaunchConfigurationDelegate {
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
        ExploreLaunchSettings settings = ExploreLaunchSettings.read(configuration);
        if (settings.problem() != null) {
            throw new CoreException(Status.error(configuration.getName() + ": " + settings.problem()));
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(settings.file()));
        if (!file.exists()) {
            throw new CoreException(Status.error(settings.file() + ": no such file in the workspace"));
        }
        ExploreJob job = ExploreJob.of(file, settings);
        job.setRule(file.getProject());
        job.schedule();
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
