package org.mmscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmscope.dsl.ide.server.LspLogging;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server driven by a real client: Neovim headless (Debian's {@code neovim}, 0.7 or newer) runs
 * {@code nvim/lsp-client.lua}, which opens the example 01 and a copy of it with an unknown era, and asks for
 * diagnostics, completion, hover, definition and rename through Neovim's own LSP client; this test judges the JSON
 * the script writes. The server is {@code mmscope lsp} as the command runs it ({@link MmsLanguageServers#serve}
 * with the command's logging), served in this JVM on a loopback socket, because the OSGi test runtime cannot be
 * started as a child process; Neovim 0.7 only starts servers as processes, so its command is {@code socat STDIO
 * TCP:127.0.0.1:PORT}, a byte pipe between Neovim's stdio and the socket. Skipped when {@code nvim} or
 * {@code socat} is missing ({@code ./mmscope test} installs both when it runs as root).
 */
class NeovimClientTest {
    static final String EXAMPLE = "01-fork-parent-writes-first.mms";

    @TempDir
    Path tmp;

    private static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void neovimGetsDiagnosticsCompletionHoverDefinitionAndRename() throws Exception {
        Path nvim = onPath("nvim");
        Path socat = onPath("socat");
        assumeTrue(nvim != null, "nvim is not installed (Debian: apt-get install neovim; ./mmscope test does it as root)");
        assumeTrue(socat != null, "socat is not installed (Debian: apt-get install socat; ./mmscope test does it as root)");
        Path root = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
        Path script = root.resolve("tests/org.mmscope.dsl.ide.tests/nvim/lsp-client.lua");
        Path ws = Files.createDirectories(tmp.resolve("workspace"));
        String example = Files.readString(root.resolve("examples").resolve(EXAMPLE));
        Path good = Files.writeString(ws.resolve(EXAMPLE), example);
        String kernelLine = "kernel linux-2.6.31, linux-6.12";
        assertTrue(example.contains(kernelLine), "the example's kernel line changed");
        Path broken = Files.writeString(ws.resolve("broken.mms"), example.replace(kernelLine, "kernel linux-2.6.31, linux-9.99"));
        int kernelLineIndex = example.lines().toList().indexOf(kernelLine); // 0-based, as LSP and vim.diagnostic count
        Path out = tmp.resolve("results.json");
        Path log = tmp.resolve("nvim.log");

        ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
        LspLogging.install(new PrintStream(serverLog, true, StandardCharsets.UTF_8), null);
        int exitCode;
        int serverExit;
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(120_000);
            CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> {
                try (Socket s = listener.accept()) {
                    return MmsLanguageServers.serve(s.getInputStream(), s.getOutputStream());
                } catch (Exception e) {
                    throw new IllegalStateException("no client connected: " + e, e);
                }
            });
            ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                    "lua dofile(os.getenv('MMS_SCRIPT'))");
            Map<String, String> env = pb.environment();
            env.put("MMS_SCRIPT", script.toString());
            env.put("MMS_CMD", "[\"" + socat + "\",\"STDIO\",\"TCP:127.0.0.1:" + listener.getLocalPort() + "\"]");
            env.put("MMS_ROOT", ws.toString());
            env.put("MMS_GOOD", good.toString());
            env.put("MMS_BROKEN", broken.toString());
            env.put("MMS_OUT", out.toString());
            for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
                env.put(xdg, Files.createDirectories(tmp.resolve(xdg.toLowerCase())).toString()); // Neovim's lsp.log lands here
            }
            pb.directory(ws.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Process p = pb.start();
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(
                        "nvim did not finish in 240 s; its output:\n" + Files.readString(log) + "\nserver log:\n" + serverLog);
            }
            exitCode = p.exitValue();
            serverExit = server.get(30, TimeUnit.SECONDS);
        }
        String context = "\nnvim output:\n" + Files.readString(log) + "\nserver log:\n" + serverLog + "\nlsp.log:\n" + lspLog();
        assertTrue(Files.exists(out), "the script wrote no results" + context);
        JsonObject r = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        context = "\nresults: " + r + context;
        assertEquals(0, exitCode, "nvim exit code" + context);
        assertFalse(r.has("error"), context);

        // the client attached through the filetype autocommand and the server initialized
        assertEquals("mms", r.get("filetype").getAsString(), context);
        assertTrue(r.get("attached").getAsBoolean(), context);

        // diagnostics: the example has none that is an error (severity 1)
        JsonObject goodDiags = r.getAsJsonObject("good");
        assertTrue(goodDiags.get("arrived").getAsBoolean(), "no publishDiagnostics for the example" + context);
        for (JsonElement d : goodDiags.getAsJsonArray("diagnostics")) {
            assertTrue(d.getAsJsonObject().get("severity").getAsInt() > 1, "an error in the example: " + d + context);
        }

        // the broken copy: one error, on the kernel line, at the unknown era
        JsonObject brokenDiags = r.getAsJsonObject("broken");
        assertTrue(brokenDiags.get("arrived").getAsBoolean(), "no publishDiagnostics for the broken copy" + context);
        JsonArray errors = brokenDiags.getAsJsonArray("diagnostics");
        assertEquals(1, errors.size(), context);
        JsonObject error = errors.get(0).getAsJsonObject();
        assertEquals(1, error.get("severity").getAsInt(), context);
        assertEquals(kernelLineIndex, error.get("lnum").getAsInt(), context);
        assertEquals(kernelLine.indexOf("linux-6.12"), error.get("col").getAsInt(), context);
        assertTrue(error.get("message").getAsString().contains("unknown kernel era 'linux-9.99'"), context);

        // completion after 'parent: write ': the mapping in scope
        List<String> labels = new ArrayList<>();
        r.getAsJsonObject("completion").getAsJsonArray("labels").forEach(l -> labels.add(l.getAsString()));
        assertTrue(labels.contains("buf"), "completion: " + labels + context);

        // hover on get_user_pages: what each era of the file does
        String hover = r.getAsJsonObject("hover").get("value").getAsString();
        assertTrue(hover.contains("linux-2.6.31: `mm/memory.c __get_user_pages`"), "hover: " + hover + context);
        assertTrue(hover.contains("linux-6.12: `mm/gup.c"), "hover: " + hover + context);

        // definition of buf: the mmap that creates it, line 19 of the file (0-based 18), column 8
        JsonArray locations = r.getAsJsonObject("definition").getAsJsonArray("locations");
        assertEquals(1, locations.size(), context);
        JsonObject loc = locations.get(0).getAsJsonObject();
        assertTrue(loc.get("uri").getAsString().endsWith("/" + EXAMPLE), context);
        assertEquals(example.lines().toList().indexOf("parent: buf = mmap anon 1 page read write"), loc.get("line").getAsInt(), context);
        assertEquals("parent: ".length(), loc.get("character").getAsInt(), context);

        // rename
        assertRename(r, context);

        // quitting: Neovim sent shutdown then exit, the server exited 0
        assertTrue(r.get("stopped").getAsBoolean(), context);
        assertEquals(0, serverExit, "server exit code (0 after shutdown and exit)" + context);
        String err = serverLog.toString(StandardCharsets.UTF_8);
        assertFalse(err.contains("\tat ") || err.contains("SEVERE"), "stack traces in the server log" + context);
    }

    /**
     * Rename of {@code buf} from its use in {@code parent: write buf "old"}: the server advertises rename with
     * prepareRename, Neovim sends both (its capability check lets them through), and applying the answer renames
     * the mapping everywhere it means the parent's {@code buf}: its declaration (line 19, 0-based 18), the parent's
     * uses, {@code parent.buf} and the child's {@code child.buf}, which it inherited at fork (ten edits).
     */
    private static void assertRename(JsonObject r, String context) {
        JsonElement provider = r.getAsJsonObject("capabilities").get("renameProvider");
        assertTrue(provider != null && (provider.isJsonObject() || provider.getAsBoolean()), "renameProvider" + context);
        JsonObject prepare = r.getAsJsonObject("prepare_rename");
        assertTrue(prepare.get("sent").getAsBoolean() && !prepare.has("err"), context);
        JsonObject range = prepare.getAsJsonObject("result");
        range = range.has("range") ? range.getAsJsonObject("range") : range;
        assertEquals("19:14-19:17", span(range), "prepareRename range" + context);

        JsonObject rename = r.getAsJsonObject("rename");
        assertTrue(rename.get("sent").getAsBoolean() && !rename.has("err"), context);
        JsonObject changes = rename.getAsJsonObject("result").getAsJsonObject("changes");
        List<String> edits = new ArrayList<>();
        changes.entrySet().forEach(e -> e.getValue().getAsJsonArray().forEach(edit -> edits.add(e.getKey().replaceAll(".*/", "") + " "
                + span(edit.getAsJsonObject().getAsJsonObject("range")) + " " + edit.getAsJsonObject().get("newText").getAsString())));
        assertTrue(edits.contains(EXAMPLE + " 19:14-19:17 data"), "rename edits: " + edits + context);
        assertTrue(edits.contains(EXAMPLE + " 18:8-18:11 data"), "the declaration is renamed: " + edits + context);
        assertEquals(10, edits.size(), "every use of the parent's buf, the child's inherited one included: " + edits + context);
        JsonArray after = r.getAsJsonArray("after_rename");
        assertEquals("parent: data = mmap anon 1 page read write", after.get(18).getAsString(), context);
        assertEquals("parent: write data \"old\"", after.get(19).getAsString(), context);
        assertEquals("expect parent.data[0] same frame as child.data[0]", after.get(23).getAsString(), context);
    }

    private static String span(JsonObject range) {
        JsonObject s = range.getAsJsonObject("start");
        JsonObject e = range.getAsJsonObject("end");
        return s.get("line").getAsInt() + ":" + s.get("character").getAsInt() + "-" + e.get("line").getAsInt() + ":"
                + e.get("character").getAsInt();
    }

    private String lspLog() {
        for (String dir : List.of("xdg_state_home/nvim/lsp.log", "xdg_cache_home/nvim/lsp.log")) {
            try {
                return Files.readString(tmp.resolve(dir));
            } catch (Exception e) {
                // not this version's place
            }
        }
        return "(none)";
    }
}
