package org.mmscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ide.bench.EditorLatency;

/**
 * The editor-latency benchmark inside the test runtime, for numbers without building the product:
 * {@code MMSCOPE_BENCH_LINES=10000,100000} with {@code -Dtest=EditorLatencyBench} (see BENCHMARKS.md). Prints one Markdown
 * row per size and appends it to {@code target/editor-latency.md}. Not part of the normal test run.
 */
class EditorLatencyBench {
    @Test
    void measure() throws Exception {
        String sizes = System.getProperty("mmscope.bench.lines", System.getenv().getOrDefault("MMSCOPE_BENCH_LINES", ""));
        Assumptions.assumeTrue(!sizes.isBlank(), "no sizes asked for (MMSCOPE_BENCH_LINES=10000,100000)");
        Path out = Path.of("target", "editor-latency.md");
        for (String size : sizes.split(",")) {
            int lines = Integer.parseInt(size.trim());
            EditorLatency.Result r = EditorLatency.measure(lines, lines > 50_000 ? 20 : 50);
            String row = r.markdownRow();
            System.out.println(row);
            Files.writeString(out, row + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            assertTrue(r.burstPublished() >= 1);
        }
    }
}
