package org.mmscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmscope.dsl.ide.server.LspLogging;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server as {@code mmscope lsp} runs it (MmsLanguageServers.serve on a byte pipe, the logging of the
 * command), driven with raw JSON-RPC frames: every bad message is followed by a valid request that must be answered.
 */
class LanguageServerProtocolTest {
    static final String DOC = String.join("\n", "scenario \"lsp\"", "kernel linux-2.6.31, linux-6.12", "device nic", "process parent",
            "parent: buf = mmap anon 2 pages read write", "parent: rx = get_user_pages buf write", "parent: child = fork",
            "child: write buf \"c\"", "nic: map rx from_device", "expect hazard dma-diverged", "");

    @TempDir
    Path root;
    OutputStream toServer;
    CompletableFuture<Integer> exitCode;
    final Map<Integer, JsonObject> responses = new ConcurrentHashMap<>();
    final Map<String, JsonArray> diagnostics = new ConcurrentHashMap<>();
    /** Every diagnostics notification, in order: uri and diagnostics. */
    final List<String> published = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Thread reader;
    JsonObject capabilities;

    @BeforeEach
    void start() throws Exception {
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        toServer = Channels.newOutputStream(in.sink());
        InputStream serverIn = Channels.newInputStream(in.source());
        OutputStream serverOut = Channels.newOutputStream(out.sink());
        InputStream fromServer = Channels.newInputStream(out.source());
        LspLogging.install(new PrintStream(stderr, true, StandardCharsets.UTF_8), null);
        exitCode = CompletableFuture.supplyAsync(() -> MmsLanguageServers.serve(serverIn, serverOut));
        reader = new Thread(() -> readFrames(fromServer), "test-client");
        reader.setDaemon(true);
        reader.start();
        String init = "{\"processId\":null,\"rootUri\":\"" + root.toUri()
                + "\",\"capabilities\":{\"textDocument\":{\"rename\":{\"prepareSupport\":true}}}}";
        JsonObject r = request(1, "initialize", init);
        assertTrue(r.has("result"), r.toString());
        capabilities = r.getAsJsonObject("result").getAsJsonObject("capabilities");
        notify("initialized", "{}");
    }

    @AfterEach
    void stop() throws Exception {
        toServer.close();
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertFalse(err.contains("\tat ") || err.contains("SEVERE"), "stack traces on stderr:\n" + err);
        for (String line : err.lines().toList()) {
            assertTrue(line.startsWith("mmscope lsp: "), "one line per problem: " + err);
        }
    }

    private void readFrames(InputStream in) {
        try {
            while (true) {
                int length = -1;
                StringBuilder line = new StringBuilder();
                for (int c; (c = in.read()) >= 0;) {
                    if (c == '\n') {
                        String l = line.toString().strip();
                        line.setLength(0);
                        if (l.isEmpty()) {
                            break;
                        }
                        if (l.startsWith("Content-Length:")) {
                            length = Integer.parseInt(l.substring(15).trim());
                        }
                    } else {
                        line.append((char) c);
                    }
                }
                if (length < 0) {
                    return;
                }
                JsonObject m = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
                if (m.has("method") && m.has("id")) {
                    frame("{\"jsonrpc\":\"2.0\",\"id\":" + m.get("id") + ",\"result\":null}"); // a request of the server
                } else if (m.has("id")) {
                    responses.put(m.get("id").getAsInt(), m);
                } else if ("textDocument/publishDiagnostics".equals(m.get("method").getAsString())) {
                    JsonObject p = m.getAsJsonObject("params");
                    diagnostics.put(p.get("uri").getAsString(), p.getAsJsonArray("diagnostics"));
                    published.add(p.get("uri").getAsString() + " " + p.getAsJsonArray("diagnostics"));
                }
            }
        } catch (IOException e) {
            // the server closed its output
        }
    }

    private synchronized void raw(byte[] bytes) throws IOException {
        toServer.write(bytes);
        toServer.flush();
    }

    private void raw(String s) throws IOException {
        raw(s.getBytes(StandardCharsets.UTF_8));
    }

    private void frame(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        raw(("Content-Length: " + body.length + "\r\n\r\n" + json));
    }

    static String requestJson(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params)
                + "}";
    }

    private void notify(String method, String params) throws IOException {
        frame("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    private JsonObject request(int id, String method, String params) throws Exception {
        frame(requestJson(id, method, params));
        return response(id);
    }

    private JsonObject response(int id) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            JsonObject r = responses.get(id);
            if (r != null) {
                return r;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("request " + id + " was not answered; stderr: " + stderr.toString(StandardCharsets.UTF_8));
    }

    private JsonArray awaitDiagnostics(String uri, Predicate<JsonArray> what) throws InterruptedException {
        JsonArray d = null;
        for (int i = 0; i < 3000; i++) {
            d = diagnostics.get(uri);
            if (d != null && what.test(d)) {
                return d;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("diagnostics for " + uri + ": " + d);
    }

    private String open(String name, String text) throws IOException {
        String uri = root.resolve(name).toUri().toString();
        notify("textDocument/didOpen",
                "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"mms\",\"version\":1,\"text\":" + quote(text) + "}}");
        return uri;
    }

    static String quote(String s) {
        return new com.google.gson.Gson().toJson(s);
    }

    static String at(String uri, int line, int character) {
        return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":" + character + "}";
    }

    private void assertHoverWorks(int id, String uri) throws Exception {
        JsonObject r = request(id, "textDocument/hover", at(uri, 5, 14) + "}");
        assertFalse(r.has("error"), r.toString());
        assertTrue(r.getAsJsonObject("result").toString().contains("get_user_pages"), r.toString());
    }

    private static void assertNoStackTrace(JsonObject r) {
        if (r.has("error")) {
            JsonObject e = r.getAsJsonObject("error");
            assertFalse(e.has("data") && e.get("data").toString().contains("\\tat "), "a stack trace in the answer: " + r);
            assertTrue(e.get("code").getAsInt() != -32603, "an internal error: " + r);
        }
    }

    private static boolean empty(JsonElement result) {
        if (result == null || result.isJsonNull()) {
            return true;
        }
        if (result.isJsonArray()) {
            return result.getAsJsonArray().isEmpty();
        }
        JsonObject o = result.getAsJsonObject();
        if (o.has("signatures")) {
            return o.getAsJsonArray("signatures").isEmpty();
        }
        if (o.has("items")) {
            return o.getAsJsonArray("items").isEmpty();
        }
        if (o.has("contents")) {
            JsonElement c = o.get("contents");
            return c.isJsonArray() ? c.getAsJsonArray().isEmpty() : c.toString().length() < 40;
        }
        return o.entrySet().isEmpty();
    }

    @Test
    void positionsOutsideTheDocumentAreEmptyAnswers() throws Exception {
        String uri = open("doc.mms", DOC);
        int id = 10;
        int[][] positions = { { 999, 0 }, { 0, 999 }, { 3, 400 }, { -1, -1 }, { 11, 1 } };
        for (int[] p : positions) {
            String tp = at(uri, p[0], p[1]);
            String range = "{\"start\":{\"line\":" + p[0] + ",\"character\":" + p[1] + "},\"end\":{\"line\":" + (p[0] + 1)
                    + ",\"character\":0}}";
            String[][] calls = { { "textDocument/completion", tp + "}" }, { "textDocument/hover", tp + "}" },
                    { "textDocument/definition", tp + "}" },
                    { "textDocument/references", tp + ",\"context\":{\"includeDeclaration\":true}}" },
                    { "textDocument/documentHighlight", tp + "}" }, { "textDocument/rename", tp + ",\"newName\":\"x\"}" },
                    { "textDocument/rangeFormatting", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"range\":" + range
                            + ",\"options\":{\"tabSize\":4,\"insertSpaces\":true}}" },
                    { "textDocument/prepareRename", tp + "}" }, { "textDocument/signatureHelp", tp + "}" },
                    { "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"range\":" + range
                            + ",\"context\":{\"diagnostics\":[]}}" } };
            for (String[] call : calls) {
                JsonObject r = request(++id, call[0], call[1]);
                assertNoStackTrace(r);
                assertTrue(!r.has("error") && empty(r.get("result")), call[0] + " at " + p[0] + ":" + p[1] + " → " + r);
            }
            assertHoverWorks(++id, uri);
        }
    }

    @Test
    void unknownMethodsNullParamsAndUnknownDocuments() throws Exception {
        String uri = open("doc.mms", DOC);
        JsonObject unknown = request(10, "mmscope/noSuchMethod", "{}");
        assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown.toString());
        assertHoverWorks(11, uri);
        JsonObject nullParams = request(12, "textDocument/hover", "null");
        assertEquals(-32602, nullParams.getAsJsonObject("error").get("code").getAsInt(), nullParams.toString());
        assertFalse(nullParams.toString().contains("NullPointerException"), nullParams.toString());
        JsonObject noParams = request(13, "textDocument/completion", null);
        assertEquals(-32602, noParams.getAsJsonObject("error").get("code").getAsInt(), noParams.toString());
        JsonObject noDocument = request(14, "textDocument/hover", "{\"position\":{\"line\":0,\"character\":0}}");
        assertEquals(-32602, noDocument.getAsJsonObject("error").get("code").getAsInt(), noDocument.toString());
        notify("textDocument/didOpen", "null");
        notify("textDocument/didChange", "{\"contentChanges\":[]}");
        assertHoverWorks(15, uri);
        String never = root.resolve("never-opened.mms").toUri().toString();
        String[] methods = { "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/documentHighlight" };
        int id = 20;
        for (String m : methods) {
            JsonObject r = request(++id, m, at(never, 0, 0) + "}");
            assertNoStackTrace(r);
            assertTrue(!r.has("error") && empty(r.get("result")), m + " → " + r);
            assertFalse(r.toString().contains("FileNotFound"), r.toString());
        }
        for (String m : new String[] { "textDocument/documentSymbol", "textDocument/formatting", "textDocument/semanticTokens/full",
                "textDocument/foldingRange" }) {
            JsonObject r = request(++id, m,
                    "{\"textDocument\":{\"uri\":\"" + never + "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":true}}");
            assertNoStackTrace(r);
            assertFalse(r.has("error"), m + " → " + r);
        }
        assertHoverWorks(++id, uri);
        assertEquals(0, request(++id, "shutdown", null).entrySet().stream().filter(e -> e.getKey().equals("error")).count());
        JsonObject after = request(++id, "textDocument/hover", at(uri, 5, 14) + "}");
        assertEquals(-32600, after.getAsJsonObject("error").get("code").getAsInt(), "InvalidRequest after shutdown: " + after);
    }

    @Test
    void anIncrementalChangeOutsideTheTextIsClampedAndDiagnosed() throws Exception {
        String uri = open("change.mms", "scenario \"x\"\nkernel linux-2.6.31\nprocess p\np: b = mmap anon 1 page read\n");
        awaitDiagnostics(uri, JsonArray::isEmpty);
        // line 40 does not exist (the text has 5 lines): the change lands at the end of the text
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"range\":"
                + "{\"start\":{\"line\":40,\"character\":3},\"end\":{\"line\":41,\"character\":0}},\"text\":\"p: h = pin_user_pages b\\n\"}]}");
        JsonArray d = awaitDiagnostics(uri, a -> !a.isEmpty());
        assertEquals(1, d.size(), d.toString());
        JsonObject diag = d.get(0).getAsJsonObject();
        assertTrue(diag.get("message").getAsString().contains("pin_user_pages does not exist in linux-2.6.31"), d.toString());
        assertEquals(4, diag.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt(), d.toString());
        // a column past the end of line 0 is the end of that line; the fix makes the document valid again
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":3},\"contentChanges\":[{\"range\":"
                + "{\"start\":{\"line\":4,\"character\":7},\"end\":{\"line\":4,\"character\":500}},\"text\":\"get_user_pages b\"}]}");
        awaitDiagnostics(uri, a -> !a.toString().contains("pin_user_pages"));
        JsonObject hover = request(10, "textDocument/hover", at(uri, 4, 10) + "}");
        assertTrue(hover.toString().contains("get_user_pages"), "the server has the text the changes made: " + hover);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("outside the 5-line document"),
                stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void brokenContentLengthsLoseNoFollowingRequest() throws Exception {
        String uri = open("doc.mms", DOC);
        String hover = requestJson(10, "textDocument/hover", at(uri, 5, 14) + "}");
        raw("Content-Length: 20\r\n\r\n" + hover); // too small
        assertHoverWorks(11, uri);
        raw("Content-Length: forty\r\n\r\n" + hover); // not a number
        assertHoverWorks(12, uri);
        raw("Content-Length: -5\r\n\r\n" + hover); // negative
        assertHoverWorks(13, uri);
        raw("Content-Length: 99999999999999999999999\r\n\r\n" + hover); // beyond any int
        assertHoverWorks(14, uri);
        raw("Content-Length: 100000\r\n\r\n" + hover); // too large: would swallow what follows
        assertHoverWorks(15, uri);
        assertFalse(responses.containsKey(10), "a broken frame is skipped, not guessed at");
        raw("Content-Length: 5000\r\n\r\n{\"jsonrpc\":\"2.0\"");
        JsonObject shutdown = request(16, "shutdown", null);
        assertFalse(shutdown.has("error"), shutdown.toString());
        notify("exit", "{}");
        assertEquals(0, exitCode.get(20, TimeUnit.SECONDS), "exit after shutdown");
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("LSP input:"), "each skipped frame is one line on stderr: " + err);
    }

    @Test
    void exitWithoutShutdownIsExitCodeOne() throws Exception {
        String uri = open("doc.mms", DOC);
        assertHoverWorks(10, uri);
        notify("exit", "{}");
        assertEquals(1, exitCode.get(20, TimeUnit.SECONDS));
    }

    @Test
    void largeDocumentsAreOneDiagnosticAndStaleVersionsAreNotValidated() throws Exception {
        StringBuilder valid = new StringBuilder(DOC);
        while (valid.length() < 5_000_000) {
            valid.append("child: write buf \"c\"\n");
        }
        StringBuilder garbage = new StringBuilder();
        java.util.Random random = new java.util.Random(16);
        while (garbage.length() < 5_000_000) {
            garbage.append((char) (' ' + random.nextInt(95))).append(random.nextInt(40) == 0 ? "\n" : "");
        }
        long start = System.nanoTime();
        String uri = open("big.mms", valid.toString());
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"text\":"
                + quote(garbage.toString()) + "}]}");
        int bytes = garbage.toString().getBytes(StandardCharsets.UTF_8).length;
        JsonArray d = awaitDiagnostics(uri, a -> a.toString().contains(bytes + " bytes"));
        assertEquals(1, d.size(), d.toString());
        assertEquals("document too large for mmscope: " + bytes + " bytes, limit 1048576",
                d.get(0).getAsJsonObject().get("message").getAsString());
        assertEquals(0, d.get(0).getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        JsonObject r = request(10, "textDocument/completion", at(uri, 3, 3) + "}");
        assertTrue(!r.has("error") && empty(r.get("result")), r.toString());
        String small = open("small.mms", DOC);
        assertHoverWorks(11, small);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds < 20, "two 5 MB documents took " + seconds + " s");

        // below the limit: versions that are replaced while they are validated are not finished
        StringBuilder big = new StringBuilder(DOC);
        while (big.length() < 700_000) {
            big.append("child: write buf \"c\"\n");
        }
        String uri2 = open("versions.mms", big.toString());
        for (int v = 2; v <= 4; v++) {
            notify("textDocument/didChange",
                    "{\"textDocument\":{\"uri\":\"" + uri2 + "\",\"version\":" + v + "},\"contentChanges\":[{\"text\":"
                            + quote(big + "child: write nosuch" + v + " \"c\"\n") + "}]}");
        }
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri2 + "\",\"version\":5},\"contentChanges\":[{\"text\":"
                + quote(DOC + "child: write nosuch5 \"c\"\n") + "}]}");
        long t = System.nanoTime();
        JsonArray last = awaitDiagnostics(uri2, a -> a.toString().contains("nosuch5"));
        assertEquals(1, last.size(), last.toString());
        List<String> versions = published.stream().filter(p -> p.startsWith(uri2)).toList();
        for (int v = 2; v <= 3; v++) {
            String stale = "nosuch" + v;
            assertTrue(versions.stream().noneMatch(p -> p.contains(stale)),
                    "version " + v + " was replaced at once, yet validated: " + versions);
        }
        System.out.println("diagnostics published for " + versions.size() + " of the 5 versions: "
                + versions.stream().map(p -> p.replaceAll(".*(nosuch\\d).*", "$1").replaceAll("(?s).*\\[\\]$", "none")).toList()
                + "; stderr: " + stderr.toString(StandardCharsets.UTF_8));
        long s2 = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t);
        assertTrue(s2 < 20, "the newest version took " + s2 + " s");
    }

    // ---- cross-references: rename, references, document highlight (issue 17) ----

    /** Two processes with a mapping 'buf' each; the parent's is used bare, as parent.buf, and by its child. */
    static final String XREF = String.join("\n", "scenario \"xref\"", "kernel linux-6.12", "device nic", "process parent", "process other",
            "parent: buf = mmap anon 2 pages read write", // 5
            "other: buf = mmap anon 1 page read write", // 6: another process's buf
            "parent: rx = pin buf write", // 7
            "parent: child = fork", // 8
            "child: write buf \"c\"", // 9: inherited at fork
            "nic: map rx from_device", // 10
            "expect parent.buf[0] pinned", // 11
            "expect child.buf[1] absent", // 12
            "expect other.buf[0] absent", // 13
            "");

    @Test
    void theServerAdvertisesRenameWithPrepareReferencesAndHighlight() {
        assertTrue(capabilities.getAsJsonObject("renameProvider").get("prepareProvider").getAsBoolean(), capabilities.toString());
        assertTrue(capabilities.get("referencesProvider").getAsBoolean(), capabilities.toString());
        assertTrue(capabilities.get("documentHighlightProvider").getAsBoolean(), capabilities.toString());
    }

    @Test
    void renameAMappingUsedAsOwnerDotNameAndInheritedByAChild() throws Exception {
        String uri = open("xref.mms", XREF);
        awaitDiagnostics(uri, JsonArray::isEmpty);
        JsonObject prepared = request(50, "textDocument/prepareRename", at(uri, 9, 14) + "}").getAsJsonObject("result");
        assertEquals("buf", prepared.get("placeholder").getAsString(), prepared.toString());
        assertEquals(13, prepared.getAsJsonObject("range").getAsJsonObject("start").get("character").getAsInt());

        JsonObject edit = request(51, "textDocument/rename", at(uri, 11, "expect parent.b".length()) + ",\"newName\":\"ring\"}");
        JsonArray edits = edit.getAsJsonObject("result").getAsJsonObject("changes").getAsJsonArray(uri);
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        edits.forEach(e -> {
            assertEquals("ring", e.getAsJsonObject().get("newText").getAsString());
            lines.add(e.getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        });
        assertEquals(java.util.Set.of(5, 7, 9, 11, 12), lines, "the parent's buf, its uses and its child's; not other's: " + edits);

        String renamed = apply(XREF, edits);
        assertTrue(
                renamed.contains("child: write ring \"c\"") && renamed.contains("other: buf = mmap")
                        && renamed.contains("expect other.buf[0]"),
                renamed);
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"text\":"
                + quote(renamed) + "}]}");
        Thread.sleep(300);
        assertTrue(awaitDiagnostics(uri, JsonArray::isEmpty).isEmpty(), "the renamed file validates");
        JsonArray after = request(52, "textDocument/references", at(uri, 9, 14) + ",\"context\":{\"includeDeclaration\":true}}")
                .getAsJsonArray("result");
        assertEquals(java.util.Set.of(5, 7, 9, 11, 12), lines(after), "the new name resolves as the old one did: " + after);
    }

    @Test
    void referencesAndHighlightsOfAHandleAndOfAChild() throws Exception {
        String uri = open("refs.mms", XREF);
        awaitDiagnostics(uri, JsonArray::isEmpty);
        JsonArray refs = request(60, "textDocument/references",
                at(uri, 10, "nic: map r".length()) + ",\"context\":{\"includeDeclaration\":true}}")
                .getAsJsonArray("result");
        assertEquals(java.util.Set.of(7, 10), lines(refs), refs.toString());
        JsonArray without = request(61, "textDocument/references",
                at(uri, 7, "parent: r".length()) + ",\"context\":{\"includeDeclaration\":false}}")
                .getAsJsonArray("result");
        assertEquals(java.util.Set.of(10), lines(without), "from the declaration, its uses: " + without);
        JsonArray highlights = request(62, "textDocument/documentHighlight", at(uri, 12, "expect c".length()) + "}")
                .getAsJsonArray("result");
        assertEquals(java.util.Set.of(8, 9, 12), lines(highlights),
                "the fork that made child, its step and its expectation: " + highlights);
    }

    @Test
    void renameToAKeywordIsRefusedAndAKeywordIsNoNameToRename() throws Exception {
        String uri = open("kw.mms", XREF);
        awaitDiagnostics(uri, JsonArray::isEmpty);
        JsonObject r = request(70, "textDocument/rename", at(uri, 5, "parent: b".length()) + ",\"newName\":\"write\"}");
        assertEquals(-32602, r.getAsJsonObject("error").get("code").getAsInt(), r.toString());
        assertTrue(r.getAsJsonObject("error").get("message").getAsString().contains("`write` is a keyword"), r.toString());
        JsonObject ok = request(71, "textDocument/rename", at(uri, 5, "parent: b".length()) + ",\"newName\":\"anon\"}");
        assertEquals(5, ok.getAsJsonObject("result").getAsJsonObject("changes").getAsJsonArray(uri).size(), "'anon' may be a name: " + ok);
        JsonObject none = request(72, "textDocument/prepareRename", at(uri, 5, "parent: buf = mm".length()) + "}");
        assertTrue(none.get("result").isJsonNull(), "'mmap' is no name to rename: " + none);
    }

    @Test
    void renameToANameAlreadyThereIsRefusedWithTheErrorItWouldMake() throws Exception {
        String uri = open("clash.mms", XREF + "child: kid = mmap anon 1 page read write\n"); // 14: the child's own mapping
        awaitDiagnostics(uri, JsonArray::isEmpty);
        JsonObject process = request(80, "textDocument/rename", at(uri, 4, "process o".length()) + ",\"newName\":\"parent\"}");
        assertEquals(-32602, process.getAsJsonObject("error").get("code").getAsInt(), process.toString());
        String message = process.getAsJsonObject("error").get("message").getAsString();
        assertTrue(message.startsWith("cannot rename `other` to `parent`: line 5 would read: "), message);
        JsonObject inherited = request(81, "textDocument/rename", at(uri, 14, "child: k".length()) + ",\"newName\":\"buf\"}");
        assertEquals(-32602, inherited.getAsJsonObject("error").get("code").getAsInt(), "the child inherited a buf at fork: " + inherited);
        JsonObject free = request(83, "textDocument/rename", at(uri, 14, "child: k".length()) + ",\"newName\":\"other\"}");
        assertEquals(1, free.getAsJsonObject("result").getAsJsonObject("changes").getAsJsonArray(uri).size(),
                "a process name is no mapping name: the child's mapping may be called other: " + free);
    }

    private static java.util.Set<Integer> lines(JsonArray locationsOrHighlights) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        locationsOrHighlights
                .forEach(l -> out.add(l.getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt()));
        return out;
    }

    /** The text after the edits (single-line ranges, applied from the last). */
    private static String apply(String text, JsonArray edits) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        List<JsonObject> sorted = new java.util.ArrayList<>();
        edits.forEach(e -> sorted.add(e.getAsJsonObject()));
        sorted.sort((a, b) -> {
            JsonObject x = a.getAsJsonObject("range").getAsJsonObject("start");
            JsonObject y = b.getAsJsonObject("range").getAsJsonObject("start");
            int c = Integer.compare(y.get("line").getAsInt(), x.get("line").getAsInt());
            return c != 0 ? c : Integer.compare(y.get("character").getAsInt(), x.get("character").getAsInt());
        });
        for (JsonObject e : sorted) {
            JsonObject start = e.getAsJsonObject("range").getAsJsonObject("start");
            JsonObject end = e.getAsJsonObject("range").getAsJsonObject("end");
            int line = start.get("line").getAsInt();
            String l = lines.get(line);
            lines.set(line, l.substring(0, start.get("character").getAsInt()) + e.get("newText").getAsString()
                    + l.substring(end.get("character").getAsInt()));
        }
        return String.join("\n", lines);
    }
}
