package org.mmscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

/** The language server as an editor sees it: diagnostics, completion at several positions, hover, symbols. */
class LanguageServerTest {
    static class Client implements LanguageClient {
        final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            diagnostics.put(p.getUri(), p.getDiagnostics());
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
    }

    @TempDir
    static Path root;
    static LanguageServerImpl server;
    static Client client = new Client();

    static final String DOC = String.join("\n", "scenario \"lsp\"", "kernel linux-2.6.31, linux-6.12", "device nic", "process parent",
            "parent: buf = mmap anon 2 pages read write", "parent: rx = get_user_pages buf write", "parent: child = fork",
            "child: write buf \"c\"", "nic: map rx from_device", "expect hazard dma-diverged", "");

    @BeforeAll
    static void start() throws Exception {
        server = MmsLanguageServers.createInjector().getInstance(LanguageServerImpl.class);
        server.connect(client);
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "root")));
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        DocumentSymbolCapabilities ds = new DocumentSymbolCapabilities();
        ds.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(ds);
        caps.setTextDocument(td);
        WorkspaceClientCapabilities wcc = new WorkspaceClientCapabilities();
        wcc.setWorkspaceFolders(true);
        caps.setWorkspace(wcc);
        init.setCapabilities(caps);
        server.initialize(init).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @AfterAll
    static void stop() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
    }

    private static String open(String name, String text) {
        String uri = root.resolve(name).toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "mms", 1, text)));
        return uri;
    }

    private static List<String> complete(String uri, int line, int character) throws Exception {
        Either<List<CompletionItem>, CompletionList> r = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character))).get(20, TimeUnit.SECONDS);
        List<CompletionItem> items = r.isLeft() ? r.getLeft() : r.getRight().getItems();
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void diagnosticsArriveWithPositions() throws Exception {
        String uri = open("bad.mms",
                "scenario \"x\"\nkernel linux-2.6.31\nprocess p\np: b = mmap anon 1 page read\np: h = pin_user_pages b\n");
        List<Diagnostic> d = null;
        for (int i = 0; i < 500 && (d = client.diagnostics.get(uri)) == null; i++) {
            Thread.sleep(20);
        }
        assertNotNull(d, "no diagnostics published");
        assertEquals(1, d.size(), d.toString());
        assertEquals(4, d.get(0).getRange().getStart().getLine());
        String message = d.get(0).getMessage().isLeft() ? d.get(0).getMessage().getLeft() : d.get(0).getMessage().getRight().getValue();
        assertTrue(message.contains("pin_user_pages does not exist in linux-2.6.31"), message);
    }

    /** Old Mac files (CR only) are lines as the command line reads them, for the first text and for every change. */
    @Test
    void crOnlyLineEndingsAreLinesAsOnTheCommandLine() throws Exception {
        String text = "scenario \"x\" // a comment ends at the CR\rkernel linux-2.6.31\rprocess p\rp: b = mmap anon 1 page read\rp: h = pin_user_pages b\r";
        for (String name : List.of("cr.mms", "crlf.mms")) {
            String uri = open(name, name.equals("cr.mms") ? text : text.replace("\r", "\r\n"));
            List<Diagnostic> d = awaitDiagnostics(uri);
            assertEquals(1, d.size(), name + ": " + d);
            assertEquals(4, d.get(0).getRange().getStart().getLine(), name + ": " + d);
            assertEquals(7, d.get(0).getRange().getStart().getCharacter(), name + ": " + d);
            Hover h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 8)))
                    .get(20, TimeUnit.SECONDS);
            assertTrue(h.getContents().getRight().getValue().contains("mmap"), name + ": hover on line 4 names the operation there: " + h);
        }
        String uri = root.resolve("cr.mms").toUri().toString();
        client.diagnostics.remove(uri);
        server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2), List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(
                        new org.eclipse.lsp4j.Range(new Position(4, 0), new Position(5, 0)), "p: touch b\rp: touch nothing\r"))));
        List<Diagnostic> d = awaitDiagnostics(uri);
        assertEquals(1, d.size(), d.toString());
        assertEquals(5, d.get(0).getRange().getStart().getLine(), "the CR inserted by the change ends line 5: " + d);
        String message = d.get(0).getMessage().getLeft();
        assertTrue(message.contains("no mapping named 'nothing'"), message);
    }

    @Test
    void completionProposesNamesInScopeErasAndHazards() throws Exception {
        String uri = open("ok.mms", DOC);
        List<String> actors = complete(uri, 10, 0); // a new line at the end: statements
        assertTrue(actors.containsAll(List.of("parent", "child", "nic", "kernel", "expect")), actors.toString());
        List<String> eras = complete(uri, 1, 7); // after 'kernel '
        assertTrue(eras.containsAll(List.of("linux-2.6.31", "linux-6.12")), eras.toString());
        String uri2 = open("ok2.mms", DOC + "child: write ");
        List<String> maps = complete(uri2, 10, 13); // after 'child: write ': the child's inherited mapping
        assertTrue(maps.contains("buf"), maps.toString());
        String uri3 = open("ok3.mms", DOC + "expect hazard ");
        List<String> hazards = complete(uri3, 10, 14);
        assertTrue(hazards.containsAll(List.of("dma-diverged", "dma-orphaned", "pinned-swapped")), hazards.toString());
        String uri4 = open("ok4.mms", DOC + "parent: madvise buf ");
        List<String> advice = complete(uri4, 10, 20);
        assertTrue(advice.containsAll(List.of("dontfork", "dofork", "dontneed")), advice.toString());
        assertTrue(!advice.contains("wipeonfork") && !advice.contains("pageout"), "DOC runs linux-2.6.31, which lacks them: " + advice);
        String uri5 = open("ok5.mms", DOC.replace("kernel linux-2.6.31, linux-6.12", "kernel linux-6.12") + "parent: madvise buf ");
        List<String> modern = complete(uri5, 10, 20);
        assertTrue(modern.containsAll(List.of("dontfork", "dofork", "wipeonfork", "dontneed", "pageout")), modern.toString());
    }

    @Test
    void completionFollowsFileOrder() throws Exception {
        String uri = open("order.mms", DOC + "parent: kid = fork\n");
        List<String> actors = complete(uri, 11, 0); // the line after the fork: the new child is an actor
        assertTrue(actors.contains("kid"), actors.toString());
        String touch = open("touch.mms", DOC + "child: touch ");
        List<String> names = complete(touch, 10, "child: touch ".length());
        assertTrue(names.contains("buf") && !names.contains("rx"), "the child's inherited mapping, not a handle: " + names);
        assertTrue(!names.contains("pinned") && !names.contains("anon"), "keywords that may be names are not proposed as names: " + names);
    }

    @Test
    void hoverOnANameSaysWhatItDenotes() throws Exception {
        String uri = open("hovername.mms", DOC);
        Hover h = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(7, "child: write b".length())))
                .get(20, TimeUnit.SECONDS);
        String text = h.getContents().getRight().getValue();
        assertEquals("mapping `buf` — `parent: mmap anon 2 pages read write` (line 5)", text,
                "the child's buf is the parent's, inherited at fork");
        Hover child = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(7, 1)))
                .get(20, TimeUnit.SECONDS);
        assertEquals("process (forked child) `child` — `parent: fork (a child process)` (line 7)",
                child.getContents().getRight().getValue());
    }

    @Test
    void hoverExplainsTheOperationPerEra() throws Exception {
        String uri = open("hover.mms", DOC);
        Hover h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(5, 14)))
                .get(20, TimeUnit.SECONDS);
        assertNotNull(h);
        String text = h.getContents().getRight().getValue();
        assertTrue(text.contains("linux-2.6.31: `mm/memory.c __get_user_pages`"), text);
        assertTrue(text.contains("linux-6.12: `mm/gup.c"), text);
        assertTrue(text.contains("linux-5.10: `mm/gup.c __get_user_pages` → `try_grab_page`"), "each era brings its own line: " + text);
    }

    private static List<Diagnostic> awaitDiagnostics(String uri) throws InterruptedException {
        List<Diagnostic> d = null;
        for (int i = 0; i < 500 && ((d = client.diagnostics.get(uri)) == null || d.isEmpty()); i++) {
            Thread.sleep(20);
        }
        assertNotNull(d, "no diagnostics for " + uri);
        return d;
    }

    @Test
    void quickFixesRepairTheCommonErrors() throws Exception {
        String text = "scenario \"q\"\nkernel linux-2.6.31, linux-6.1\nprocess p\np: b = mmap anon 1 page read write\n"
                + "p: h = get_user_pages b\np: unpin h\np: k = pin_user_pages b\nexpect hazard dma-divergd\n";
        String uri = open("fix.mms", text);
        List<Diagnostic> diags = awaitDiagnostics(uri);
        org.eclipse.lsp4j.CodeActionParams params = new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri),
                new org.eclipse.lsp4j.Range(new Position(0, 0), new Position(8, 0)), new org.eclipse.lsp4j.CodeActionContext(diags));
        List<String> titles = new ArrayList<>();
        server.getTextDocumentService().codeAction(params).get(20, TimeUnit.SECONDS)
                .forEach(a -> titles.add(a.isRight() ? a.getRight().getTitle() : a.getLeft().getTitle()));
        assertTrue(titles.containsAll(List.of("Change 'linux-6.1' to 'linux-6.12'", "Change 'unpin' to 'put_page'",
                "Change 'pin_user_pages' to 'pin'", "Change 'dma-divergd' to 'dma-diverged'")), titles + " for " + diags);
    }

    @Test
    void semanticTokensAndFolding() throws Exception {
        String uri = open("tokens.mms", DOC);
        org.eclipse.lsp4j.SemanticTokens tokens = server.getTextDocumentService()
                .semanticTokensFull(new org.eclipse.lsp4j.SemanticTokensParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
        // eras (2), nic, parent, buf, rx, child, actors (5), hazard kind: at least 12 tokens of 5 integers each
        assertTrue(tokens.getData().size() >= 12 * 5, tokens.getData().toString());
        // line 1 (0-based) "kernel linux-2.6.31, linux-6.12": tokens start at both eras (columns 7 and 21)
        int line = 0;
        int column = 0;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 5 <= tokens.getData().size(); i += 5) {
            column = tokens.getData().get(i) == 0 ? column + tokens.getData().get(i + 1) : tokens.getData().get(i + 1);
            line += tokens.getData().get(i);
            if (line == 1) {
                starts.add(column);
            }
        }
        assertTrue(starts.containsAll(List.of(7, 21)), "every era of the kernel line: " + starts);
        String folded = open("fold.mms", "scenario \"f\"\nmachine {\n    ram 64 MiB\n    swap 0 B\n}\nprocess p\n");
        var ranges = server.getTextDocumentService()
                .foldingRange(new org.eclipse.lsp4j.FoldingRangeRequestParams(new TextDocumentIdentifier(folded)))
                .get(20, TimeUnit.SECONDS);
        assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == 1 && r.getEndLine() >= 3), ranges.toString());
    }

    @Test
    void documentSymbolsListDeclarationsAndAssignments() throws Exception {
        String uri = open("symbols.mms", DOC);
        List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
        List<String> names = new ArrayList<>();
        Map<String, DocumentSymbol> byName = new java.util.HashMap<>();
        symbols.forEach(s -> {
            names.add(s.getRight().getName());
            byName.put(s.getRight().getName(), s.getRight());
        });
        assertEquals(List.of("nic", "parent", "buf", "rx", "child"), names, "declarations and what steps create; no references");
        assertEquals(org.eclipse.lsp4j.SymbolKind.Key, byName.get("rx").getKind());
        assertEquals("parent: get_user_pages buf write (a pin handle)", byName.get("rx").getDetail());
        assertEquals("parent: mmap anon 2 pages read write", byName.get("buf").getDetail());
        assertEquals(org.eclipse.lsp4j.SymbolKind.Class, byName.get("child").getKind());
    }

    /** Found by the fuzz campaign: symbols of a step whose value is not typed yet failed with a NullPointerException. */
    @Test
    void documentSymbolsOfAHalfWrittenStep() throws Exception {
        String uri = open("half.mms", "scenario \"h\"\nprocess p\np: b = mmap anon 1 page read write\np: c =\np: d = \n");
        List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(20, TimeUnit.SECONDS);
        List<String> names = symbols.stream().map(s -> s.getRight().getName()).toList();
        assertTrue(names.containsAll(List.of("p", "b")), names.toString());
    }

    /** Found by the fuzz campaign: completion and hover after a kernel line that ends in a comma failed (a null era). */
    @Test
    void completionAndHoverAfterAHalfWrittenKernelLine() throws Exception {
        String uri = open("comma.mms", "scenario \"k\"\nkernel linux-2.6.31,\nprocess p\np: b = mmap anon 1 page read write\np: ");
        List<String> items = complete(uri, 4, 3);
        assertTrue(items.contains("write"), items.toString());
        Hover h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 8)))
                .get(20, TimeUnit.SECONDS);
        assertNotNull(h);
    }

    @Test
    void goToDeclarationFollowsTheFileOrderScopingRules() throws Exception {
        // loading a scenario for a run (as the IDE's Run does) must not replace the server's IDE services
        org.mmscope.dsl.ScenarioLoader.create().load(DOC, "run.mms");
        String uri = open("definitions.mms", DOC);
        // line 7 (0-based): child: write buf "c" — buf is the parent's mapping, inherited at fork
        assertEquals(4, definitionLine(uri, 7, "child: write b".length()), "a mapping inherited from the parent");
        assertEquals(6, definitionLine(uri, 7, 2), "the actor child is the fork that made it");
        assertEquals(5, definitionLine(uri, 8, "nic: map r".length()), "the handle rx");
        assertEquals(2, definitionLine(uri, 8, 1), "the device");
        assertEquals(-1, definitionLine(uri, 4, "parent: b".length()), "a declaration has no other declaration");
        assertEquals(4, definitionLine(uri, 5, "parent: rx = get_user_pages b".length()), "the range of a GUP");
    }

    private static int definitionLine(String uri, int line, int character) throws Exception {
        var r = server.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(new TextDocumentIdentifier(uri),
                new Position(line, character))).get(20, TimeUnit.SECONDS);
        List<? extends org.eclipse.lsp4j.Location> l = r.getLeft();
        return l.isEmpty() ? -1 : l.get(0).getRange().getStart().getLine();
    }
}
