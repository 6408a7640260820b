package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.mmscope.ui.export.ReportExportJob;

/** Export from the IDE: a job writes a report file, or a folder of reports with an index. */
class ReportExportTest {
    private static final String SCENARIO = "scenario \"ui export\"\nprocess app\napp: buf = mmap anon 1 page read write\n"
            + "app: write buf \"hi\"\nexpect app: read buf == \"hi\"\n";

    @Test
    void exportJobsWriteReports() throws Exception {
        IProject p = Ui.project("export-test");
        IFile f = p.getFile("a.mms");
        if (!f.exists()) {
            f.create(new ByteArrayInputStream(SCENARIO.getBytes(StandardCharsets.UTF_8)), true, null);
        }
        Path out = Files.createTempDirectory("mmscope-export");
        ReportExportJob one = ReportExportJob.toFile(f, out.resolve("a.md"));
        one.schedule();
        one.join();
        assertEquals(IStatus.OK, one.getResult().getSeverity(), one.getResult().toString());
        assertTrue(Files.readString(out.resolve("a.md")).contains("# mmscope report"));
        ReportExportJob many = ReportExportJob.toDirectory(List.of(f), out.resolve("all"), "html");
        many.schedule();
        many.join();
        assertEquals(IStatus.OK, many.getResult().getSeverity(), many.getResult().toString());
        assertTrue(Files.readString(out.resolve("all/index.html")).contains("1 of 1 scenarios hold in every era."));
        assertTrue(Files.exists(out.resolve("all/a.html")));
        // cancelled while it runs, as from the Progress view: an export of 100 scenarios stopped after it started
        List<IFile> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            IFile copy = p.getFile("c" + i + ".mms");
            if (!copy.exists()) {
                copy.create(new ByteArrayInputStream(SCENARIO.getBytes(StandardCharsets.UTF_8)), true, null);
            }
            hundred.add(copy);
        }
        ReportExportJob cancelled = ReportExportJob.toDirectory(hundred, out.resolve("never"), "html");
        cancelled.schedule();
        assertTrue(Ui.waitFor(() -> cancelled.getState() == Job.RUNNING, 10000), "the export started");
        cancelled.cancel();
        cancelled.join();
        assertEquals(IStatus.CANCEL, cancelled.getResult().getSeverity(), cancelled.getResult().toString());
        assertTrue(Files.notExists(out.resolve("never/index.html")), "a cancelled export writes no report");
    }
}
