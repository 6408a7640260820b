package org.mmscope.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.mmscope.engine.IoErrors;
import org.mmscope.engine.scenario.RunResult;

/** Writes a report in the format its file name asks for, atomically (temporary file + rename). */
public final class ReportWriter {
    /** The report formats. */
    public enum Format {
        HTML, MARKDOWN, JSON, JUNIT
    }

    private ReportWriter() {
    }

    public static Format formatOf(Path out) {
        String n = out.getFileName().toString().toLowerCase();
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Format.HTML;
        }
        if (n.endsWith(".md")) {
            return Format.MARKDOWN;
        }
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        if (n.endsWith(".xml")) {
            return Format.JUNIT;
        }
        return null;
    }

    public static String render(List<RunResult> results, Format f) {
        return switch (f) {
        case HTML -> HtmlReport.render(results);
        case MARKDOWN -> MarkdownReport.render(results);
        case JSON -> JsonReport.render(results);
        case JUNIT -> JunitReport.render(results);
        };
    }

    public static void write(List<RunResult> results, Path out) throws IOException {
        Format f = formatOf(out);
        if (f == null) {
            throw new IOException("unknown report format (use .html, .md, .json or .xml)");
        }
        writeAtomically(render(results, f), out);
    }

    /** Writes text to a temporary file beside {@code out} and renames it over {@code out}. */
    public static void writeAtomically(String text, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + (Files.exists(dir) ? " is not a folder" : " does not exist"));
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + " is a folder");
        }
        Path tmp;
        try { // the reason, never the temporary file's name
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot create a file in " + dir + ": " + IoErrors.reason(e), e);
        }
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try { // createTempFile makes the file private (0600); a report is meant to be shared
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(IoErrors.reason(e), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
