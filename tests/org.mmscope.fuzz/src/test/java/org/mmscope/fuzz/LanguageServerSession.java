package org.mmscope.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

/**
 * One in-process language server for the whole fuzz run (as the Eclipse editor runs it), a client that keeps what
 * it is sent, and a log4j appender that keeps every ERROR Xtext logs: an exception inside a build or validation is
 * logged there and swallowed, so it is a finding only if someone looks.
 */
final class LanguageServerSession {
    private static LanguageServerSession instance;

    final LanguageServerImpl server;
    final Path root;
    final List<PublishDiagnosticsParams> published = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private LanguageServerSession() throws Exception {
        root = Files.createTempDirectory("mmscope-fuzz-lsp");
        org.apache.log4j.Logger.getRootLogger().addAppender(new AppenderSkeleton() {
            @Override
            protected void append(LoggingEvent e) {
                if (e.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    synchronized (errors) {
                        errors.add(e.getRenderedMessage()
                                + (e.getThrowableInformation() == null ? "" : ": " + e.getThrowableInformation().getThrowable()));
                    }
                }
            }

            @Override
            public void close() {
            }

            @Override
            public boolean requiresLayout() {
                return false;
            }
        });
        server = MmsLanguageServers.createInjector().getInstance(LanguageServerImpl.class);
        server.connect(new LanguageClient() {
            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void publishDiagnostics(PublishDiagnosticsParams p) {
                synchronized (published) {
                    published.add(p);
                }
            }

            @Override
            public void showMessage(MessageParams p) {
            }

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams p) {
            }
        });
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "fuzz")));
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    static synchronized LanguageServerSession get() {
        if (instance == null) {
            try {
                instance = new LanguageServerSession();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the language server did not start", e);
            }
        }
        return instance;
    }

    /** The ERRORs logged since the last call (and forgets them). */
    List<String> takeErrors() {
        synchronized (errors) {
            List<String> e = List.copyOf(errors);
            errors.clear();
            return e;
        }
    }

    /** The diagnostics published since the last call (and forgets them). */
    List<PublishDiagnosticsParams> takePublished() {
        synchronized (published) {
            List<PublishDiagnosticsParams> p = List.copyOf(published);
            published.clear();
            return p;
        }
    }
}
