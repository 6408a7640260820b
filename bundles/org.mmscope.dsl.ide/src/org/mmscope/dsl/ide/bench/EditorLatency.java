package org.mmscope.dsl.ide.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.mmscope.dsl.ide.server.MmsLanguageServers;
import org.mmscope.dsl.ide.server.SizeLimitedResource;

/**
 * The editor's latency on a large scenario, measured against the language server as an editor uses it (the
 * in-process server the Eclipse editor talks to; {@code mmscope lsp} serves the same one): the time from didOpen
 * to the first diagnostics, from a one-character edit to its diagnostics, from the last of a burst of edits to
 * its diagnostics (stale validations must be cancelled for that to stay near one edit's), and completion and
 * hover round trips at many lines. A report, not a test: {@code mmscope bench --editor}.
 */
public final class EditorLatency {
    /** Milliseconds: median, 95th percentile and maximum of the samples. */
    public record Millis(double p50, double p95, double max, int samples) {
        static Millis of(List<Double> ms) {
            List<Double> s = new ArrayList<>(ms);
            Collections.sort(s);
            return new Millis(at(s, 0.50), at(s, 0.95), s.get(s.size() - 1), s.size());
        }

        String text() {
            return String.format("%.1f / %.1f / %.1f (%d)", p50, p95, max, samples);
        }

        private static double at(List<Double> sorted, double q) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
        }
    }

    /** What was measured on a scenario of {@code lines} lines. */
    public record Result(int lines, double openToDiagnostics, double openCpu, Millis edit, Millis editCpu, double burstOfFive,
            int burstPublished,
            Millis completion, Millis completionCpu, Millis hoverOperation, Millis hoverName) {
        /** The header of {@link #markdownRow()}'s table. */
        public static String markdownHeader() {
            return "| lines | didOpen → diagnostics ms (CPU) | one-character edit → diagnostics ms p50 / p95 / max (CPU p50 / p95) "
                    + "| last of 5 edits 10 ms apart → diagnostics ms | completion ms p50 / p95 / max (CPU p50 / p95) "
                    + "| hover on an operation ms p50 / p95 / max | hover on a name ms p50 / p95 / max | JDK |\n|---|---|---|---|---|---|---|---|";
        }

        public String markdownRow() {
            return String.format(
                    "| %,d | %.0f (%.0f) | %s (%.0f / %.0f) | %.0f (%d validation(s) published) | %s (%.1f / %.1f) | %s | %s | %s |", lines,
                    openToDiagnostics, openCpu, edit.text(), editCpu.p50(), editCpu.p95(), burstOfFive, burstPublished, completion.text(),
                    completionCpu.p50(), completionCpu.p95(), hoverOperation.text(), hoverName.text(), Runtime.version());
        }
    }

    private final AtomicInteger published = new AtomicInteger();
    private volatile long lastPublished;

    private EditorLatency() {
    }

    /** Measures on a generated scenario of about {@code lines} lines with {@code samples} of each request. */
    public static Result measure(int lines, int samples) throws Exception {
        GeneratedScenario scenario = GeneratedScenario.of(lines);
        long bytes = scenario.text().getBytes(StandardCharsets.UTF_8).length;
        String limit = System.getProperty(SizeLimitedResource.LIMIT_PROPERTY);
        if (SizeLimitedResource.limit() < bytes) {
            // a file above the server's document limit is one diagnostic, not a parse: raise it for the run
            System.setProperty(SizeLimitedResource.LIMIT_PROPERTY, String.valueOf(2 * bytes));
        }
        try {
            return new EditorLatency().run(scenario, samples);
        } finally {
            if (limit == null) {
                System.clearProperty(SizeLimitedResource.LIMIT_PROPERTY);
            } else {
                System.setProperty(SizeLimitedResource.LIMIT_PROPERTY, limit);
            }
        }
    }

    private Result run(GeneratedScenario scenario, int samples) throws Exception {
        Path root = Files.createTempDirectory("mmscope-bench");
        LanguageServerImpl server = MmsLanguageServers.createInjector().getInstance(LanguageServerImpl.class);
        server.connect(new Client());
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "bench")));
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        try {
            return measure(server, root.resolve("bench.mms").toUri().toString(), scenario, samples);
        } finally {
            server.shutdown().get(60, TimeUnit.SECONDS);
        }
    }

    private Result measure(LanguageServerImpl server, String uri, GeneratedScenario scenario, int samples) throws Exception {
        var docs = server.getTextDocumentService();
        int before = published.get();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        docs.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "mms", 1, scenario.text())));
        awaitPublished(before);
        double open = ms(t0);
        double openCpu = (cpuNanos() - c0) / 1e6;

        List<GeneratedScenario.Line> writes = scenario.writeLines();
        Random random = new Random(17);
        int[] version = { 1 };
        // a one-character edit inside the text of a write ("x" → "xy" and back): the file stays valid
        IntSupplier edit = () -> {
            GeneratedScenario.Line l = writes.get(random.nextInt(writes.size()));
            int at = l.text().indexOf('"') + 1;
            docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version[0]),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(l.number(), at), new Position(l.number(), at)),
                            "y"))));
            return l.number();
        };
        List<Double> edits = new ArrayList<>();
        List<Double> editsCpu = new ArrayList<>();
        for (int i = 0; i < samples + 3; i++) {
            before = published.get();
            long t = System.nanoTime();
            long c = cpuNanos();
            edit.getAsInt();
            awaitPublished(before);
            if (i >= 3) { // the first edits warm the JIT
                edits.add(ms(t));
                editsCpu.add((cpuNanos() - c) / 1e6);
            }
        }
        before = published.get();
        for (int i = 0; i < 4; i++) {
            edit.getAsInt();
            Thread.sleep(10);
        }
        long last = System.nanoTime();
        edit.getAsInt();
        awaitQuiet(before);
        double burst = (lastPublished - last) / 1e6;
        int burstPublished = published.get() - before;

        List<Double> completion = new ArrayList<>();
        List<Double> completionCpu = new ArrayList<>();
        List<Double> hoverOp = new ArrayList<>();
        List<Double> hoverName = new ArrayList<>();
        for (int i = 0; i < samples + 10; i++) {
            GeneratedScenario.Line l = writes.get(random.nextInt(writes.size()));
            int name = l.text().indexOf("write ") + "write ".length();
            long t = System.nanoTime();
            long cpu = cpuNanos();
            docs.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(l.number(), name))).get(60,
                    TimeUnit.SECONDS);
            double c = ms(t);
            double cc = (cpuNanos() - cpu) / 1e6;
            t = System.nanoTime();
            docs.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(l.number(), name - 3))).get(60, TimeUnit.SECONDS);
            double h = ms(t);
            t = System.nanoTime();
            docs.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(l.number(), name + 1))).get(60, TimeUnit.SECONDS);
            double n = ms(t);
            if (i >= 10) {
                completion.add(c);
                completionCpu.add(cc);
                hoverOp.add(h);
                hoverName.add(n);
            }
        }
        return new Result(scenario.lineCount(), open, openCpu, Millis.of(edits), Millis.of(editsCpu), burst, burstPublished,
                Millis.of(completion),
                Millis.of(completionCpu), Millis.of(hoverOp), Millis.of(hoverName));
    }

    private static final long QUIET_MS = 500;

    private void awaitPublished(int before) throws InterruptedException {
        synchronized (published) {
            long end = System.currentTimeMillis() + 120_000;
            while (published.get() == before && System.currentTimeMillis() < end) {
                published.wait(100);
            }
        }
    }

    /** Waits until diagnostics came and none followed for {@link #QUIET_MS}: the burst's last validation is done. */
    private void awaitQuiet(int before) throws InterruptedException {
        awaitPublished(before);
        int seen;
        do {
            seen = published.get();
            Thread.sleep(QUIET_MS);
        } while (published.get() != seen);
    }

    /**
     * CPU time of every live thread of this JVM (the server's pools and this one), in ns: what the work cost
     * whatever else the machine runs (GC and JIT threads are not counted).
     */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            synchronized (published) {
                lastPublished = System.nanoTime();
                published.incrementAndGet();
                published.notifyAll();
            }
        }

        @Override
        public void telemetryEvent(Object object) {
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
}
