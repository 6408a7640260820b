package org.mmscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmscope.cli.Main;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code mmscope dap} as a command: on its own stdin/stdout, in this JVM through {@link Main} (the command's stream
 * handling: nothing but frames on stdout), and as a child process — a fresh OSGi framework started from this test
 * runtime's own bundles, running the application {@code org.mmscope.cli.app} as the {@code ./mmscope} script does.
 */
class DapCommandTest {
    static final Path ROOT = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
    static final Path EXAMPLE = ROOT.resolve("examples/01-fork-parent-writes-first.mms");

    @TempDir
    Path tmp;

    /** initialize, launch example 01 stopping on entry, a line breakpoint, both eras to it, the stack, disconnect. */
    private static void session(RawDap dap) throws IOException {
        JsonObject init = dap.request("initialize", "{\"adapterID\":\"mmscope\",\"linesStartAt1\":true}");
        assertTrue(init.get("success").getAsBoolean(), init.toString());
        assertTrue(init.getAsJsonObject("body").get("supportsStepBack").getAsBoolean());
        JsonObject launch = dap.request("launch", "{\"program\":\"" + EXAMPLE + "\",\"stopOnEntry\":true}");
        assertTrue(launch.get("success").getAsBoolean(), launch.toString());
        dap.event("initialized", e -> true);
        JsonObject bps = dap.request("setBreakpoints", "{\"source\":{\"path\":\"" + EXAMPLE + "\"},\"breakpoints\":[{\"line\":26}]}");
        assertTrue(bps.getAsJsonObject("body").getAsJsonArray("breakpoints").get(0).getAsJsonObject().get("verified").getAsBoolean(),
                bps.toString());
        assertTrue(dap.request("configurationDone", null).get("success").getAsBoolean());
        JsonArray threads = dap.request("threads", null).getAsJsonObject("body").getAsJsonArray("threads");
        assertEquals(2, threads.size(), threads.toString());
        for (int i = 0; i < threads.size(); i++) {
            int id = threads.get(i).getAsJsonObject().get("id").getAsInt();
            assertEquals("entry", dap.event("stopped", e -> e.getAsJsonObject("body").get("threadId").getAsInt() == id)
                    .getAsJsonObject("body").get("reason").getAsString());
            dap.request("continue", "{\"threadId\":" + id + "}");
            assertEquals("breakpoint", dap.event("stopped", e -> e.getAsJsonObject("body").get("threadId").getAsInt() == id)
                    .getAsJsonObject("body").get("reason").getAsString());
            JsonObject top = dap.request("stackTrace", "{\"threadId\":" + id + "}").getAsJsonObject("body").getAsJsonArray("stackFrames")
                    .get(0).getAsJsonObject();
            assertEquals(26, top.get("line").getAsInt(), top.toString());
        }
        JsonObject bad = dap.request("stackTrace", "{\"threadId\":9}");
        assertFalse(bad.get("success").getAsBoolean());
        assertTrue(bad.get("message").getAsString().startsWith("no thread 9 (the threads are the eras: 1 linux-2.6.31, 2 linux-6.12)"),
                bad.toString());
        assertTrue(dap.request("disconnect", "{}").get("success").getAsBoolean());
    }

    @Test
    void theCommandServesDapOnItsStdinAndStdoutWithNothingElseOnStdout() throws Exception {
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setIn(Channels.newInputStream(in.source()));
        System.setOut(new PrintStream(Channels.newOutputStream(out.sink()), true));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> Main.run("dap"));
            RawDap dap = new RawDap(Channels.newInputStream(out.source()), Channels.newOutputStream(in.sink()));
            session(dap);
            assertEquals(0, code.get(30, TimeUnit.SECONDS), "exit 0 after disconnect");
            assertEquals("", dap.junk(), "only protocol frames on stdout");
            assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr");
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /**
     * The bundles of this OSGi test runtime as Tycho lists them (osgi.bundles), without the test bundles and Tycho's
     * booter; null when the runtime does not say.
     */
    private static List<String> runtimeBundles() {
        String bundles = System.getProperty("osgi.bundles");
        if (bundles == null || System.getProperty("osgi.framework") == null) {
            return null;
        }
        return Arrays.stream(bundles.split(",")).filter(b -> !b.contains("org.eclipse.tycho.") && !b.contains(".tests")).toList();
    }

    /**
     * A product-like install from this runtime's bundles: a configuration whose config.ini lists them and names the
     * framework, started as ./mmscope starts the product — {@code java -jar <equinox launcher> -configuration DIR
     * -application org.mmscope.cli.app -nosplash -data @none dap}.
     */
    @Test
    void theCommandAsAChildProcessThroughTheEquinoxLauncher() throws Exception {
        List<String> bundles = runtimeBundles();
        assumeTrue(bundles != null, "the test runtime does not name its bundles (osgi.bundles, osgi.framework)");
        String launcherEntry = bundles.stream().filter(b -> b.contains("org.eclipse.equinox.launcher")).findFirst().orElse(null);
        assumeTrue(launcherEntry != null, "no org.eclipse.equinox.launcher in the test runtime (see this module's pom.xml)");
        Path launcher = Path.of(java.net.URI.create(launcherEntry.replaceFirst("^reference:", "").replaceFirst("@.*$", "")));
        Path config = Files.createDirectories(tmp.resolve("configuration"));
        java.util.Properties ini = new java.util.Properties();
        ini.setProperty("osgi.bundles", String.join(",", bundles.stream().filter(b -> b != launcherEntry).toList()));
        ini.setProperty("osgi.bundles.defaultStartLevel", "4");
        ini.setProperty("osgi.framework", System.getProperty("osgi.framework"));
        ini.setProperty("osgi.install.area", tmp.toUri().toString());
        try (OutputStream o = Files.newOutputStream(config.resolve("config.ini"))) {
            ini.store(o, "mmscope dap test install");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", launcher.toString(),
                "-configuration",
                config.toUri().toString(), "-application", "org.mmscope.cli.app", "-nosplash", "-data", "@none", "dap");
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("stderr.txt").toFile()).start();
        try {
            RawDap dap = new RawDap(p.getInputStream(), p.getOutputStream());
            session(dap);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process ends after disconnect");
            String err = Files.readString(tmp.resolve("stderr.txt"));
            assertEquals(0, p.exitValue(), "exit code; stderr:\n" + err);
            assertEquals("", dap.junk(), "only protocol frames on stdout");
            assertFalse(err.contains("\tat "), "no stack trace on stderr:\n" + err);
        } finally {
            p.destroyForcibly();
        }
    }
}
