package org.mmscope.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethodProvider;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.mmscope.dsl.ide.MmsIdeSetup;
import org.mmscope.dsl.ide.rename.NewNames;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The Xtext language server of the scenario language, usable inside OSGi: over stdio ({@code mmscope lsp},
 * {@link #serve}) and in-process (the Eclipse editor). One implementation for both front ends.
 */
public final class MmsLanguageServers {
    private static final Logger LOG = Logger.getLogger(MmsLanguageServers.class.getName());

    private MmsLanguageServers() {
    }

    /**
     * The server with the answers a client can rely on: a request on a document the server does not have (never
     * opened, no such file), at a position or range outside the document, or on a document above the size limit
     * ({@link SizeLimitedResource}) is answered with the empty result of its kind (no items, no locations, no
     * edits, an empty hover, null for rename) instead of an internal error; an unknown request is MethodNotFound.
     */
    public static class MmsLanguageServer extends LanguageServerImpl {
        /** Tolerates clients that send neither workspace folders nor a root (Xtext 2.42 would NPE). */
        @Override
        protected URI getBaseDir(InitializeParams params) {
            URI base = super.getBaseDir(params);
            return base != null ? base : URI.createFileURI(Paths.get("").toAbsolutePath() + "/");
        }

        @Override
        public CompletableFuture<?> request(String method, Object parameter) {
            if (!getExtensionProviders().containsKey(method)) {
                return CompletableFuture.failedFuture(new ResponseErrorException(
                        new ResponseError(ResponseErrorCode.MethodNotFound, "Unsupported request method: " + method, null)));
            }
            return super.request(method, parameter);
        }

        /** Null for a document no request can read: the services then answer with empty results. */
        @Override
        protected IResourceServiceProvider getResourceServiceProvider(URI uri) {
            WorkspaceManager w = getWorkspaceManager();
            if (uri == null || w instanceof MmsWorkspaceManager m && !m.isReadable(uri)) {
                return null;
            }
            return super.getResourceServiceProvider(uri);
        }

        /** The text a request at {@code id} reads, or null when there is none (or it is above the size limit). */
        protected String text(TextDocumentIdentifier id) {
            if (id == null || id.getUri() == null) {
                return null;
            }
            try {
                URI uri = getURI(id);
                if (getWorkspaceManager() instanceof MmsWorkspaceManager m) {
                    Document open = m.openDocument(uri);
                    if (open == null && !m.isReadable(uri)) {
                        return null;
                    }
                    String text = open != null ? open.getContents()
                            : getWorkspaceManager().doRead(uri, (d, r) -> d == null ? null : d.getContents());
                    return text == null || SizeLimitedResource.exceeds(text) ? null : text;
                }
                return getWorkspaceManager().doRead(uri, (d, r) -> d == null ? null : d.getContents());
            } catch (RuntimeException e) {
                return null;
            }
        }

        private boolean at(TextDocumentIdentifier id, Position p) {
            String text = text(id);
            return text != null && Positions.offset(text, p) >= 0;
        }

        private boolean in(TextDocumentIdentifier id, Range r) {
            String text = text(id);
            return text != null && Positions.inside(text, r);
        }

        @Override
        protected Either<List<CompletionItem>, CompletionList> completion(CancelIndicator cancelIndicator, CompletionParams params) {
            return at(params.getTextDocument(), params.getPosition()) ? super.completion(cancelIndicator, params)
                    : Either.forRight(new CompletionList());
        }

        @Override
        protected Either<List<? extends Location>, List<? extends LocationLink>> definition(DefinitionParams params,
                CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.definition(params, cancelIndicator)
                    : Either.forLeft(List.of());
        }

        @Override
        protected List<? extends Location> references(ReferenceParams params, CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.references(params, cancelIndicator) : List.of();
        }

        @Override
        protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.hover(params, cancelIndicator) : IHoverService.EMPTY_HOVER;
        }

        @Override
        protected SignatureHelp signatureHelp(SignatureHelpParams params, CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.signatureHelp(params, cancelIndicator)
                    : new SignatureHelp(List.of(), null, null);
        }

        @Override
        protected List<? extends DocumentHighlight> documentHighlight(DocumentHighlightParams params, CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.documentHighlight(params, cancelIndicator) : List.of();
        }

        /** A new name that cannot be a name is refused before anything is read: InvalidParams, in the parser's words. */
        @Override
        public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
            String problem = params == null ? null : NewNames.problem(params.getNewName());
            return problem != null
                    ? CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                            problem, null)))
                    : super.rename(params);
        }

        @Override
        protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.rename(params, cancelIndicator) : null;
        }

        @Override
        protected Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameParams params,
                CancelIndicator cancelIndicator) {
            return at(params.getTextDocument(), params.getPosition()) ? super.prepareRename(params, cancelIndicator) : null;
        }

        @Override
        protected List<? extends TextEdit> rangeFormatting(DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
            return in(params.getTextDocument(), params.getRange()) ? super.rangeFormatting(params, cancelIndicator) : List.of();
        }

        @Override
        protected List<? extends TextEdit> formatting(DocumentFormattingParams params, CancelIndicator cancelIndicator) {
            return text(params.getTextDocument()) != null ? super.formatting(params, cancelIndicator) : List.of();
        }

        @Override
        protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
            return in(params.getTextDocument(), params.getRange()) ? super.codeAction(params, cancelIndicator) : List.of();
        }

        @Override
        protected List<? extends CodeLens> codeLens(CodeLensParams params, CancelIndicator cancelIndicator) {
            return text(params.getTextDocument()) != null ? super.codeLens(params, cancelIndicator) : List.of();
        }

        @Override
        protected List<DocumentSymbol> documentSymbol(DocumentSymbolParams params, CancelIndicator cancelIndicator) {
            return text(params.getTextDocument()) != null ? super.documentSymbol(params, cancelIndicator) : List.of();
        }

        @Override
        protected List<FoldingRange> foldingRange(FoldingRangeRequestParams params, CancelIndicator cancelIndicator) {
            return text(params.getTextDocument()) != null ? super.foldingRange(params, cancelIndicator) : List.of();
        }

        @Override
        protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
            return text(params.getTextDocument()) != null ? super.semanticTokensFull(params, cancelIndicator)
                    : new SemanticTokens(List.of());
        }
    }

    /**
     * Registers the language with the global registries (ServiceLoader sees nothing inside Equinox) and builds
     * the server injector; 'exit' never calls System.exit unless an override binds another handler.
     */
    public static Injector createInjector(Module... overrides) {
        quietenUnconfiguredLog4j();
        new MmsIdeSetup().createInjectorAndDoEMFRegistration();
        Module osgi = binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
            binder.bind(LanguageServerImpl.class).to(MmsLanguageServer.class);
            binder.bind(WorkspaceManager.class).to(MmsWorkspaceManager.class);
            binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
        };
        return Guice.createInjector(Modules.override(new ServerModule()).with(Modules.override(osgi).with(overrides)));
    }

    /**
     * Xtext logs through log4j, whose root logger is at DEBUG until something configures it; with no appender the
     * messages go nowhere, but every debug message of the linker was still built (about 2% of a rebuild). Where no
     * one configured log4j (the in-process server of the IDE, tests; {@code mmscope lsp} installs LspLogging), its
     * root logger is set to WARN.
     */
    private static void quietenUnconfiguredLog4j() {
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements() && root.getLevel() == org.apache.log4j.Level.DEBUG) {
            root.setLevel(org.apache.log4j.Level.WARN);
        }
    }

    /**
     * Serves the language over the LSP base protocol on {@code in}/{@code out} until 'exit' or the end of the
     * input, as {@code mmscope lsp} does. Broken frames are skipped ({@link FrameReader}); a request without
     * params or with a missing required field is InvalidParams, an unknown one MethodNotFound, a request after
     * 'shutdown' InvalidRequest; an exception inside the server is InternalError with a one-line message and no
     * stack trace. Returns the exit code: 0 after 'shutdown' then 'exit' (or the end of the input after
     * 'shutdown'), 1 otherwise (the LSP specification's rule for 'exit').
     */
    public static int serve(InputStream in, OutputStream out) {
        AtomicBoolean shutdown = new AtomicBoolean();
        AtomicBoolean exited = new AtomicBoolean();
        @SuppressWarnings("unchecked")
        Future<Void>[] listening = new Future[1];
        LanguageServerImpl server = createInjector(binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class)
                .toInstance(new ILanguageServerShutdownAndExitHandler() {
                    @Override
                    public void shutdown() {
                        shutdown.set(true);
                    }

                    @Override
                    public void exit() {
                        exited.set(true);
                        if (listening[0] != null) {
                            listening[0].cancel(true);
                        }
                    }
                })).getInstance(LanguageServerImpl.class);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mmscope-lsp");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>() {
            @Override
            protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
                MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
                Endpoint local = new GuardedEndpoint(ServiceEndpoints.toEndpoint(localServices), server.supportedMethods(), shutdown);
                RemoteEndpoint remote = new RemoteEndpoint(outgoing, local, MmsLanguageServers::toResponseError);
                jsonHandler.setMethodProvider(remote);
                remote.setJsonHandler(jsonHandler);
                return remote;
            }
        }.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(new FrameReader(in)).setOutput(out)
                .setExecutorService(executor).create();
        server.connect(launcher.getRemoteProxy());
        listening[0] = launcher.startListening();
        try {
            listening[0].get();
        } catch (CancellationException | ExecutionException | InterruptedException e) {
            // 'exit', or the input failed
        } finally {
            executor.shutdownNow();
        }
        return shutdown.get() ? 0 : 1;
    }

    /** The error a client sees for an exception: the server's own error, or one line without a stack trace. */
    static ResponseError toResponseError(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException || cause instanceof InvocationTargetException
                || cause instanceof WrappedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException e) {
            return e.getResponseError();
        }
        if (cause instanceof CancellationException || cause instanceof OperationCanceledError) {
            return new ResponseError(ResponseErrorCode.RequestCancelled, "The request has been cancelled", null);
        }
        if (cause instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound, "Not supported by the mmscope language server", null);
        }
        String message = oneLine(cause);
        LOG.log(Level.SEVERE, "internal error: " + message);
        LOG.log(Level.FINE, "internal error", cause);
        return new ResponseError(ResponseErrorCode.InternalError, "Internal error: " + message, null);
    }

    /** The exception's type and the start of its message, on one line (Xtext puts whole documents into some). */
    static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").strip();
        if (m.length() > 160) {
            m = m.substring(0, 160) + "...";
        }
        return t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }

    /**
     * The local endpoint as the remote endpoint calls it: params are checked before a method runs (null or a
     * missing required field is InvalidParams for a request, a dropped notification with one warning), requests
     * after 'shutdown' are InvalidRequest, and a notification that fails leaves one line in the log.
     */
    private static final class GuardedEndpoint implements Endpoint, JsonRpcMethodProvider {
        private final Endpoint delegate;
        private final Map<String, JsonRpcMethod> methods;
        private final AtomicBoolean shutdown;
        private final Validator validator = new Validator();
        /** Notifications whose params Xtext does not read: some clients send none. */
        private static final Set<String> OPTIONAL_PARAMS = Set.of("initialized", "workspace/didChangeConfiguration");

        GuardedEndpoint(Endpoint delegate, Map<String, JsonRpcMethod> methods, AtomicBoolean shutdown) {
            this.delegate = delegate;
            this.methods = methods;
            this.shutdown = shutdown;
        }

        @Override
        public Map<String, JsonRpcMethod> supportedMethods() {
            return methods;
        }

        /** Why the params cannot be passed to {@code method}, or null when they can. */
        private String problem(String method, Object params) {
            JsonRpcMethod m = methods.get(method);
            if (m == null || m.getParameterTypes().length == 0 || OPTIONAL_PARAMS.contains(method)) {
                return null;
            }
            if (params == null) {
                return "'" + method + "' needs params";
            }
            return validator.issues(params).stream().map(MessageIssue::getText).filter(t -> !t.startsWith("Message validation failed"))
                    .findFirst().orElse(null);
        }

        @Override
        public CompletableFuture<?> request(String method, Object params) {
            if (shutdown.get() && !"shutdown".equals(method)) {
                return failed(ResponseErrorCode.InvalidRequest, "The server is shut down: only 'exit' is accepted");
            }
            String problem = problem(method, params);
            if (problem != null) {
                return failed(ResponseErrorCode.InvalidParams, problem);
            }
            return delegate.request(method, params);
        }

        @Override
        public void notify(String method, Object params) {
            String problem = problem(method, params);
            if (problem != null) {
                LOG.log(Level.WARNING, "notification '" + method + "' ignored: " + problem);
                return;
            }
            try {
                delegate.notify(method, params);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "notification '" + method + "' failed: " + oneLine(e));
                LOG.log(Level.FINE, "notification '" + method + "' failed", e);
            }
        }

        private static CompletableFuture<?> failed(ResponseErrorCode code, String message) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(code, message, null)));
        }
    }

    /** LSP4J's check of the {@code @NonNull} fields, on the params of an incoming message. */
    private static final class Validator extends ReflectiveMessageValidator {
        List<MessageIssue> issues(Object params) {
            return validate(params);
        }
    }
}
