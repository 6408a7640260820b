package org.mmscope.debug.dap;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging of {@code mmscope dap}: LSP4J logs through java.util.logging, by default with multi-line stack traces on
 * stderr. Here stderr gets one line per error ({@code mmscope dap: error: ...}), never a stack trace; with a log file,
 * everything down to FINE (with stack traces) goes there too.
 */
public final class DapLogging {
    /** Held so that java.util.logging keeps the configuration (it holds loggers weakly). */
    private static final List<Logger> JUL = List.of(Logger.getLogger("org.eclipse.lsp4j"), Logger.getLogger("org.mmscope"));

    private DapLogging() {
    }

    public static void install(PrintStream err, Path logFile) throws IOException {
        Handler file = null;
        if (logFile != null) {
            file = new FileHandler(logFile.toString(), true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.ALL);
        }
        for (Logger logger : JUL) {
            for (Handler h : logger.getHandlers()) {
                logger.removeHandler(h);
            }
            logger.setUseParentHandlers(false);
            logger.setLevel(logFile != null ? Level.FINE : Level.WARNING);
            logger.addHandler(new OneLine(err));
            if (file != null) {
                logger.addHandler(file);
            }
        }
    }

    private static final class OneLine extends Handler {
        private final PrintStream err;

        OneLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() < Level.SEVERE.intValue()) {
                return;
            }
            String m = r.getMessage() == null ? "" : r.getMessage().replaceAll("\\s+", " ").strip();
            Throwable t = r.getThrown();
            err.println("mmscope dap: error: " + (m.length() > 300 ? m.substring(0, 300) + "..." : m)
                    + (t == null ? "" : " (" + t.getClass().getSimpleName()
                            + (t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("\\s+", " ")) + ")"));
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
        }
    }
}
