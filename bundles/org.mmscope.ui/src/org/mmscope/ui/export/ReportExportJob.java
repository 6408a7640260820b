package org.mmscope.ui.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.report.IndexReport;
import org.mmscope.report.ReportWriter;

/**
 * Runs scenario files and writes their reports, with progress and cancel: one file to one report (the format
 * from the extension), or several files to a directory with an index, as {@code mmscope report} does.
 */
public class ReportExportJob extends Job {
    private final List<IFile> files;
    private final Path target;
    private final boolean directory;
    private final String extension;

    /** One file → the report at {@code out} (.html, .md, .json or .xml). */
    public static ReportExportJob toFile(IFile file, Path out) {
        return new ReportExportJob(List.of(file), out, false, null);
    }

    /** Several files → one report each in {@code dir} (with the given extension), plus index.html. */
    public static ReportExportJob toDirectory(List<IFile> files, Path dir, String extension) {
        return new ReportExportJob(files, dir, true, extension);
    }

    private ReportExportJob(List<IFile> files, Path target, boolean directory, String extension) {
        super("Exporting mmscope report");
        this.files = List.copyOf(files);
        this.target = target;
        this.directory = directory;
        this.extension = extension;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Running scenarios", files.size() + 1);
        ScenarioLoader loader = ScenarioLoader.create();
        ScenarioRunner runner = new ScenarioRunner();
        List<RunResult> results = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (IFile f : files) {
            if (sub.isCanceled()) {
                return Status.CANCEL_STATUS; // nothing written yet: a cancelled export leaves no partial report
            }
            sub.subTask(f.getName());
            try (var in = f.getContents()) {
                ScenarioLoader.Loaded l = loader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8), f.getFullPath().toString());
                if (l.hasErrors()) {
                    return Status.error(f.getName() + " has errors: " + l.problems().get(0));
                }
                results.add(runner.run(l.scenario()));
                pages.add(f.getName().replaceAll("\\.mms$", "") + "." + (extension == null ? "html" : extension));
            } catch (Exception e) {
                return Status.error("cannot run " + f.getName(), e);
            }
            sub.worked(1);
        }
        sub.subTask("Writing");
        try {
            if (!directory) {
                ReportWriter.write(results, target);
            } else {
                Files.createDirectories(target);
                for (int i = 0; i < results.size(); i++) {
                    ReportWriter.write(List.of(results.get(i)), target.resolve(pages.get(i)));
                }
                ReportWriter.writeAtomically(IndexReport.render(results, pages), target.resolve("index.html"));
            }
        } catch (Exception e) {
            return Status.error("cannot write the report to " + target + ": " + e.getMessage(), e);
        }
        sub.worked(1);
        return Status.OK_STATUS;
    }
}
