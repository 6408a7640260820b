package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
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
        NullProgressMonitor m = new NullProgressMonitor();
        m.setCanceled(true);
        assertEquals(IStatus.CANCEL, ReportExportJob.toFile(f, out.resolve("never.html")).runNow(m).getSeverity());
        assertTrue(Files.notExists(out.resolve("never.html")), "a cancelled export writes nothing");
    }
}
