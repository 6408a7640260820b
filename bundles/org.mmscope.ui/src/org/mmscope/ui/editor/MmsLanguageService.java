package org.mmscope.ui.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

/**
 * The scenario language server, in-process: the editor talks to it through LSP4J's Java interfaces (no
 * socket), the same server that {@code mmscope lsp} serves over stdio. Results arrive on Xtext's threads;
 * callers hop to the UI thread themselves.
 */
public final class MmsLanguageService {
    private static MmsLanguageService instance;
    private final LanguageServerImpl server;
    private final Map<String, BiConsumer<String, List<Diagnostic>>> diagnosticListeners = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private List<String> tokenTypes = List.of();

    public static synchronized MmsLanguageService get() {
        if (instance == null) {
            instance = new MmsLanguageService();
        }
        return instance;
    }

    private MmsLanguageService() {
        server = MmsLanguageServers.createInjector().getInstance(LanguageServerImpl.class);
        server.connect(new LanguageClient() {
            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void publishDiagnostics(PublishDiagnosticsParams p) {
                BiConsumer<String, List<Diagnostic>> l = diagnosticListeners.get(key(p.getUri()));
                if (l != null) {
                    l.accept(p.getUri(), p.getDiagnostics());
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
        String root = ResourcesPlugin.getWorkspace().getRoot().getLocationURI().toString();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "workspace")));
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities wcc = new WorkspaceClientCapabilities();
        wcc.setWorkspaceFolders(true);
        caps.setWorkspace(wcc);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities ds = new DocumentSymbolCapabilities();
        ds.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(ds);
        // Xtext offers semantic tokens only to clients that declare them
        td.setSemanticTokens(new SemanticTokensCapabilities(new SemanticTokensClientCapabilitiesRequests(true),
                List.of("class", "interface", "variable", "parameter", "enumMember", "event"), List.of(), List.of("relative")));
        caps.setTextDocument(td);
        init.setCapabilities(caps);
        var result = server.initialize(init).join();
        var provider = result.getCapabilities().getSemanticTokensProvider();
        if (provider != null && provider.getLegend() != null) {
            tokenTypes = List.copyOf(provider.getLegend().getTokenTypes());
        }
        server.initialized(new InitializedParams());
    }

    /** didOpen; {@code onDiagnostics} is called (on a server thread) whenever the document is validated. */
    public synchronized void open(String uri, String text, BiConsumer<String, List<Diagnostic>> onDiagnostics) {
        diagnosticListeners.put(key(uri), onDiagnostics);
        String newest = latest.getOrDefault(uri, text); // the user may have typed while the server started
        latest.put(uri, newest);
        versions.put(uri, 1);
        texts.put(uri, newest);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "mms", 1, newest)));
    }

    /** didClose: the editor is gone; a later editor of the same file starts from its own text. */
    public synchronized void close(String uri) {
        if (versions.remove(uri) != null) {
            server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        }
        latest.remove(uri);
        texts.remove(uri);
        diagnosticListeners.remove(key(uri));
    }

    /** file:/x and file:///x name the same file; the server answers with its own spelling. */
    private static String key(String uri) {
        try {
            return Path.of(URI.create(uri)).toString();
        } catch (RuntimeException e) {
            return uri;
        }
    }

    /** The editor's text changed (UI thread, in edit order): the newest text, to be sent by {@link #sync}. */
    public void edited(String uri, String text) {
        latest.put(uri, text);
    }

    /**
     * Sends the newest text the editor reported, if the server does not have it yet (didChange with the whole
     * text; the documents are small). Everyone that talks to the server calls this first, from any thread:
     * only the newest text is ever sent, so the server never goes back to an older one whatever order jobs run in.
     */
    public synchronized void sync(String uri) {
        String text = latest.get(uri);
        if (text == null || !versions.containsKey(uri) || text.equals(texts.get(uri))) {
            // nothing new (no revalidation, which would ask for tokens again...), or not opened yet: open() sends it
            return;
        }
        texts.put(uri, text);
        int v = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Whether the server has exactly {@code text} for the document (after {@link #sync}). */
    private boolean has(String uri, String text) {
        sync(uri);
        return text.equals(texts.get(uri));
    }

    /** Hover text (Markdown) at a position, or null; waits at most {@code timeoutMs} (hover runs off the UI thread). */
    public String hover(String uri, int line, int character, long timeoutMs) {
        try {
            var h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
            if (h == null || h.getContents() == null) {
                return null;
            }
            return h.getContents().isRight() ? h.getContents().getRight().getValue() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The server's formatting of {@code text} as LSP edits; empty on timeout or when the editor's newest text is
     * another one (the edits would not fit).
     */
    public List<TextEdit> format(String uri, String text, long timeoutMs) {
        if (!has(uri, text)) {
            return List.of(); // the text changed since formatting was asked for
        }
        try {
            var p = new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true));
            List<? extends TextEdit> edits = server.getTextDocumentService().formatting(p).get(timeoutMs, TimeUnit.MILLISECONDS);
            return edits == null ? List.of() : List.copyOf(edits);
        } catch (Exception e) {
            return List.of();
        }
    }

    /** Where the name at a position of {@code text} is declared, or null (also when the text is not the newest). */
    public Location definition(String uri, String text, int line, int character, long timeoutMs) {
        if (!has(uri, text)) {
            return null; // the text changed since the declaration was asked for
        }
        try {
            var r = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
                    new Position(line, character))).get(timeoutMs, TimeUnit.MILLISECONDS);
            List<? extends Location> l = r.isLeft() ? r.getLeft() : List.of();
            return l.isEmpty() ? null : l.get(0);
        } catch (Exception e) {
            return null;
        }
    }

    /** The server's quick fixes for one diagnostic, as code actions with edits; empty on timeout. */
    public List<CodeAction> codeActions(String uri, Diagnostic diagnostic, long timeoutMs) {
        // a file no editor has open (the Problems view's Quick Fix): opened on the server for the request, as any
        // LSP client does, and closed again
        boolean temporary = openForRequest(uri);
        try {
            return requestCodeActions(uri, diagnostic, timeoutMs);
        } finally {
            if (temporary) {
                server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            }
        }
    }

    private synchronized boolean openForRequest(String uri) {
        if (versions.containsKey(uri)) {
            return false;
        }
        try {
            String text = Files.readString(Path.of(URI.create(uri)));
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "mms", 1, text)));
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // not a readable file: the server answers from what it has
        }
    }

    private List<CodeAction> requestCodeActions(String uri, Diagnostic diagnostic, long timeoutMs) {
        try {
            var params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                    new CodeActionContext(List.of(diagnostic)));
            List<CodeAction> out = new ArrayList<>();
            for (var e : server.getTextDocumentService().codeAction(params).get(timeoutMs, TimeUnit.MILLISECONDS)) {
                if (e.isRight() && e.getRight().getEdit() != null) {
                    out.add(e.getRight());
                }
            }
            return out;
        } catch (Exception e) {
            return List.of();
        }
    }

    /** One semantic token: an absolute line/character range and its LSP token type ("class", "variable", ...). */
    public record SemanticToken(int line, int character, int length, String type) {
    }

    /** The server's semantic tokens for exactly {@code text}; empty on timeout or when the newest text is another one. */
    public List<SemanticToken> semanticTokens(String uri, String text, long timeoutMs) {
        if (!texts.containsKey(uri) || !has(uri, text)) {
            return List.of(); // not opened yet, or a newer text: its validation will ask again
        }
        try {
            var tokens = server.getTextDocumentService()
                    .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get(timeoutMs, TimeUnit.MILLISECONDS);
            List<Integer> d = tokens == null ? List.of() : tokens.getData();
            List<SemanticToken> out = new ArrayList<>();
            int line = 0;
            int character = 0;
            for (int i = 0; i + 5 <= d.size(); i += 5) {
                line += d.get(i);
                character = d.get(i) == 0 ? character + d.get(i + 1) : d.get(i + 1); // LSP: relative to the previous token
                int type = d.get(i + 3);
                out.add(new SemanticToken(line, character, d.get(i + 2), type < tokenTypes.size() ? tokenTypes.get(type) : "?"));
            }
            return out;
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The document's symbols (declarations and named steps) as a tree; empty on timeout. */
    public List<DocumentSymbol> symbols(String uri, long timeoutMs) {
        try {
            var r = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
            List<DocumentSymbol> out = new ArrayList<>();
            for (var e : r) {
                if (e.isRight()) {
                    out.add(e.getRight());
                } else { // a flat SymbolInformation: one node without children
                    var si = e.getLeft();
                    out.add(new DocumentSymbol(si.getName(), si.getKind(), si.getLocation().getRange(), si.getLocation().getRange()));
                }
            }
            return out;
        } catch (Exception e) {
            return List.of();
        }
    }

    /** Completion at a position; waits at most {@code timeoutMs} (content assist runs off the UI thread). */
    public List<CompletionItem> complete(String uri, int line, int character, long timeoutMs) {
        try {
            var r = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
            return r.isLeft() ? r.getLeft() : r.getRight().getItems();
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The name a rename at the position would change and its current spelling, or null (not a name, or a newer text). */
    public String renamePlaceholder(String uri, String text, int line, int character, long timeoutMs) {
        if (!has(uri, text)) {
            return null;
        }
        try {
            var r = server.getTextDocumentService().prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri),
                    new Position(line, character))).get(timeoutMs, TimeUnit.MILLISECONDS);
            return r == null ? null : r.isSecond() ? r.getSecond().getPlaceholder() : r.isFirst() ? "" : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** What a rename to {@code newName} did: the edits of this document, or why the server refused it. */
    public record Rename(List<TextEdit> edits, String problem) {
    }

    /** The server's rename of the name at a position of exactly {@code text}; no edits when the text is not the newest. */
    public Rename rename(String uri, String text, int line, int character, String newName, long timeoutMs) {
        if (!has(uri, text)) {
            return new Rename(List.of(), null);
        }
        try {
            var edit = server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri),
                    new Position(line, character), newName)).get(timeoutMs, TimeUnit.MILLISECONDS);
            var edits = edit == null || edit.getChanges() == null ? null : edit.getChanges().get(uri);
            return new Rename(edits == null ? List.of() : List.copyOf(edits), null);
        } catch (ExecutionException e) {
            return new Rename(List.of(), e.getCause() instanceof ResponseErrorException r
                    ? r.getResponseError().getMessage() : String.valueOf(e.getCause()));
        } catch (Exception e) {
            return new Rename(List.of(), "the language server did not answer: " + e);
        }
    }

    /** The declaration and every use of the name at a position of exactly {@code text}, in file order; empty if none. */
    public List<Location> references(String uri, String text, int line, int character, long timeoutMs) {
        if (!has(uri, text)) {
            return List.of();
        }
        try {
            var p = new ReferenceParams(new TextDocumentIdentifier(uri), new Position(line, character),
                    new ReferenceContext(true));
            List<? extends Location> l = server.getTextDocumentService().references(p).get(timeoutMs, TimeUnit.MILLISECONDS);
            List<Location> out = new ArrayList<>(l == null ? List.of() : l);
            out.sort(Comparator.comparing((Location x) -> x.getRange().getStart().getLine())
                    .thenComparing(x -> x.getRange().getStart().getCharacter()));
            return out;
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The ranges of the name at a position and its other uses (document highlight), for exactly {@code text}. */
    public List<Range> highlights(String uri, String text, int line, int character, long timeoutMs) {
        if (!has(uri, text)) {
            return List.of();
        }
        try {
            var h = server.getTextDocumentService().documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(uri),
                    new Position(line, character))).get(timeoutMs, TimeUnit.MILLISECONDS);
            return h == null ? List.of() : h.stream().map(DocumentHighlight::getRange).toList();
        } catch (Exception e) {
            return List.of();
        }
    }
}
