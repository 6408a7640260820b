package org.mmscope.dsl.ide.server;

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

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Logging of the stdio language server. LSP4J logs through java.util.logging, Xtext through log4j; by default
 * both print multi-line SEVERE/ERROR stack traces to stderr for every bad message. Here stderr gets one line per
 * real problem ({@code mmscope lsp: error: ...}; errors of the libraries, warnings of mmscope itself, e.g. a
 * skipped frame), never a stack trace; with a log file everything down to INFO (with stack traces) goes there too.
 */
public final class LspLogging {
    /** Held so that java.util.logging keeps the configuration (it holds loggers weakly). */
    private static final List<Logger> JUL = List.of(Logger.getLogger("org.eclipse.lsp4j"), Logger.getLogger("org.mmscope"));

    private LspLogging() {
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
            logger.setLevel(logFile != null ? Level.FINE : Level.INFO);
            logger.addHandler(new OneLine(err));
            if (file != null) {
                logger.addHandler(file);
            }
        }
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        root.removeAllAppenders();
        root.setLevel(logFile != null ? org.apache.log4j.Level.INFO : org.apache.log4j.Level.WARN);
        root.addAppender(new Log4jToHandlers(file == null ? List.of(new OneLine(err)) : List.of(new OneLine(err), file)));
    }

    private static String line(String level, String logger, String message, Throwable thrown) {
        String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        if (m.length() > 300) {
            m = m.substring(0, 300) + "...";
        }
        String where = logger == null ? "" : logger.substring(logger.lastIndexOf('.') + 1) + ": ";
        return "mmscope lsp: " + level + ": " + where + m + (thrown == null ? "" : " (" + MmsLanguageServers.oneLine(thrown) + ")");
    }

    private static final class OneLine extends Handler {
        private final PrintStream err;

        OneLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void publish(LogRecord r) {
            boolean error = r.getLevel().intValue() >= Level.SEVERE.intValue();
            boolean warning = r.getLevel().intValue() >= Level.WARNING.intValue();
            if (error || warning && r.getLoggerName() != null && r.getLoggerName().startsWith("org.mmscope")) {
                err.println(line(error ? "error" : "warning", r.getLoggerName(), r.getMessage(), r.getThrown()));
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
        }
    }

    /** Xtext's log4j events, given to the same handlers as LSP4J's records. */
    private static final class Log4jToHandlers extends AppenderSkeleton {
        private final List<Handler> handlers;

        Log4jToHandlers(List<Handler> handlers) {
            this.handlers = handlers;
        }

        @Override
        protected void append(LoggingEvent e) {
            Level level = e.getLevel().isGreaterOrEqual(org.apache.log4j.Level.ERROR) ? Level.SEVERE
                    : e.getLevel().isGreaterOrEqual(org.apache.log4j.Level.WARN) ? Level.WARNING : Level.INFO;
            LogRecord r = new LogRecord(level, String.valueOf(e.getMessage()));
            r.setLoggerName(e.getLoggerName());
            r.setThrown(e.getThrowableInformation() == null ? null : e.getThrowableInformation().getThrowable());
            handlers.forEach(h -> h.publish(r));
        }

        @Override
        public void close() {
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }
    }
}
