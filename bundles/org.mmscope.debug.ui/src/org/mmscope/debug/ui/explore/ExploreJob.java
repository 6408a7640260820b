package org.mmscope.debug.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.mmscope.debug.ui.launch.RunConsole;
import org.mmscope.debug.ui.launch.ScenarioLaunchDelegate;
import org.mmscope.engine.explore.EraOutcome;
import org.mmscope.engine.explore.ExploreOptions;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.scenario.Scenario;

/**
 * Explores a scenario era by era as a workbench job: progress per era in the Progress view, the counts and
 * PASS/FAIL per era in the "mmscope" console as each era finishes, then each counterexample written into the
 * project's {@code counterexamples/} folder and opened in the mmscope editor.
 * <p>
 * Cancel: the explorer calls its progress callback about once a second while it searches; the callback throws
 * {@link OperationCanceledException} once the job is cancelled, which ends that era's search (and the eras not
 * yet begun are not started). So a cancel takes effect within about a second; eras already finished stay printed.
 */
public final class ExploreJob extends Job {
    /** The family of every explore job ({@link Job#belongsTo}), to wait for or cancel them all. */
    public static final Object FAMILY = ExploreJob.class;
    static final String EDITOR_ID = "org.mmscope.ui.editor";

    private final IFile file;
    private final String text;
    private final Scenario scenario;
    private final ExploreLaunchSettings settings;
    private volatile List<IFile> written = List.of();

    ExploreJob(IFile file, String text, Scenario scenario, ExploreLaunchSettings settings) {
        super("mmscope explore " + file.getName());
        this.file = file;
        this.text = text;
        this.scenario = scenario;
        this.settings = settings;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The counterexample files this job wrote (empty until it has finished, or when every era passed). */
    public List<IFile> counterexamples() {
        return written;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), scenario.eras().size());
        console(true, ExploreOutput.header(scenario.source(), scenario.title(), settings));
        List<EraOutcome> eras = new ArrayList<>();
        for (String era : scenario.eras()) {
            if (monitor.isCanceled()) {
                return cancelled(era);
            }
            monitor.subTask(era);
            ExploreOptions options = settings.options().withProgress(p -> {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                monitor.subTask(String.format(Locale.ROOT, "%s: %,d states, %,.0f states/s, %,d schedules, depth %d, %,d queued", p.era(),
                        p.states(),
                        p.statesPerSecond(), p.schedules(), p.depth(), p.pending()));
            });
            EraOutcome outcome;
            try {
                outcome = new Explorer(options).explore(new Scenario(scenario.title(), scenario.source(), List.of(era), scenario.machine(),
                        scenario.items())).eras().get(0);
            } catch (OperationCanceledException e) {
                return cancelled(era);
            } catch (OutOfMemoryError e) {
                console(false, "  " + era + ": out of memory; lower the most distinct states per era\n");
                monitor.worked(1);
                continue;
            }
            eras.add(outcome);
            console(false, ExploreOutput.era(scenario.source(), outcome));
            monitor.worked(1);
        }
        try {
            written = CounterexampleFiles.write(file, text, scenario, eras, monitor);
        } catch (CoreException e) {
            console(false, "cannot write the counterexample into " + file.getProject().getName() + "/" + CounterexampleFiles.FOLDER + ": "
                    + e.getStatus().getMessage() + "\n");
            return e.getStatus();
        }
        StringBuilder paths = new StringBuilder();
        written.forEach(f -> paths.append("counterexample: ").append(f.getFullPath()).append('\n'));
        console(false, paths.toString());
        open(written);
        monitor.done();
        return Status.OK_STATUS;
    }

    private IStatus cancelled(String era) {
        console(false, "  " + era + ": cancelled; this era and the ones after it were not explored to the end\n");
        return Status.CANCEL_STATUS;
    }

    private static void console(boolean fresh, String s) {
        Display.getDefault().asyncExec(() -> {
            if (fresh) {
                RunConsole.show(s);
            } else {
                RunConsole.append(s);
            }
        });
    }

    private static void open(List<IFile> files) {
        if (files.isEmpty()) {
            return;
        }
        Display.getDefault().asyncExec(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            IWorkbenchPage page = w == null ? null : w.getActivePage();
            if (page == null) {
                return;
            }
            for (IFile f : files) {
                try {
                    IDE.openEditor(page, f, EDITOR_ID);
                } catch (PartInitException e) {
                    RunConsole.append("cannot open " + f.getFullPath() + ": " + e.getMessage() + "\n");
                }
            }
        });
    }

    /** Loads {@code file} for exploring (errors refused as file:line:col) and returns the job, not yet scheduled. */
    static ExploreJob of(IFile file, ExploreLaunchSettings settings) throws CoreException {
        Scenario s = ScenarioLaunchDelegate.load(file, settings.eras());
        String text;
        try (var in = file.getContents()) {
            text = new String(in.readAllBytes(), file.getCharset().equals("UTF-8") ? java.nio.charset.StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName(file.getCharset()));
        } catch (java.io.IOException e) {
            throw new CoreException(Status.error("cannot read " + file.getFullPath(), e));
        }
        return new ExploreJob(file, text, s, settings);
    }
}
