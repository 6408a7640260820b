package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.mmscope.dsl.ide.bench.EditorLatency;
import org.mmscope.engine.IoErrors;
import org.mmscope.engine.bench.Workload;
import org.mmscope.engine.era.Eras;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope bench: engine throughput and memory on a generated workload (numbers for BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure engine steps/s, bytes per touched frame and peak heap on a generated 16 GiB workload "
                + "(--core: the execution core; --editor: the editor's latency).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000000",
            description = "simple steps (loads and stores) (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--mixed-steps", paramLabel = "N", defaultValue = "200000",
            description = "steps of the mixed workload (default: ${DEFAULT-VALUE})")
    int mixedSteps;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "200000",
            description = "smallest number of frames touched for the bytes-per-frame measure, which samples 8 sizes up to twice that (default: ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--era", paramLabel = "ERA", defaultValue = Eras.DEFAULT, description = "kernel era (default: ${DEFAULT-VALUE})")
    String era;

    @Option(names = "--invariants", description = "check the invariants after every step too (slower)")
    boolean invariants;

    @Option(names = "--full-check-every", paramLabel = "N", defaultValue = "1", description = "with --invariants: N > 1 checks only "
            + "what each step touched and the whole state every N steps and at the end (default: ${DEFAULT-VALUE}, the whole state every step)")
    int fullCheckEvery;

    @Option(names = "--core", description = "measure the execution core instead: steps/s with the debugger's full recorder, "
            + "bytes per recorded change, cursor seeks over the recorded steps, snapshot restore and canonical hash of a --restore-frames state")
    boolean core;

    @Option(names = "--restore-frames", paramLabel = "N", defaultValue = "10000",
            description = "with --core: frames of the state a snapshot is restored on (default: ${DEFAULT-VALUE})")
    int restoreFrames;

    @Option(names = "--editor", description = "measure the editor's latency instead: the language server's diagnostics after didOpen and "
            + "after a one-character edit, completion and hover, on a generated scenario of --lines lines")
    boolean editor;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "10000",
            description = "with --editor: lines of the scenario (default: ${DEFAULT-VALUE})")
    int lines;

    @Option(names = "--out", paramLabel = "FILE", description = "append the results as a Markdown table row to this file")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (Eras.byName(era).isEmpty()) {
            spec.commandLine().getErr().println("mmscope: unknown kernel era '" + era + "' (known: "
                    + String.join(", ", Eras.names()) + ")");
            return 2;
        }
        if (steps < 1 || mixedSteps < 1 || frames < 1 || fullCheckEvery < 1) {
            spec.commandLine().getErr().println("mmscope: --steps, --mixed-steps, --frames and --full-check-every must be at least 1");
            return 2;
        }
        if (core) {
            return core(w);
        }
        if (editor) {
            return editor(w);
        }
        Workload.simple(era, Math.min(steps, 200_000), invariants, fullCheckEvery, 42); // JIT warm-up
        Workload.Result simple = Workload.simple(era, steps, invariants, fullCheckEvery, 7);
        Workload.mixed(era, Math.min(steps, 50_000), invariants, fullCheckEvery, 42);
        Workload.Result mixed = Workload.mixed(era, mixedSteps, invariants, fullCheckEvery, 7);
        Workload.PerFrame perFrame = Workload.bytesPerTouchedFrameOverDoubling(era, frames, 8);
        long peak = peakHeap();
        String row = String.format(
                "| %s | %s | %,.0f (%,d steps) | %,.0f (%,d steps, %,d frames at end) | %.0f (%.0f–%.0f) | %d MiB | %s |", era,
                checking(), simple.stepsPerSecond(), simple.steps(), mixed.stepsPerSecond(), mixed.steps(), mixed.framesAtEnd(),
                perFrame.mean(), perFrame.min(), perFrame.max(), peak >> 20, Runtime.version());
        w.println(
                "| era | invariants every step | simple steps/s | mixed steps/s (mmap/munmap/fork/exit/reclaim) | bytes/touched frame: mean (min–max) over 8 sizes in [frames, 2·frames) | peak heap | JDK |");
        w.println("|---|---|---|---|---|---|---|");
        w.println(row);
        return append(row);
    }

    /** Appends the row to --out, if given: 0, or 2 with the reason in words. */
    private int append(String row) {
        if (out != null) {
            try {
                Files.writeString(out, row + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                spec.commandLine().getErr().println("mmscope: cannot append to " + out + ": " + IoErrors.reason(e));
                return 2;
            }
        }
        return 0;
    }

    private int core(PrintWriter w) {
        Workload.core(era, Math.min(steps, 50_000), 1000, 42); // JIT warm-up
        Workload.Core c = Workload.core(era, steps, restoreFrames, 7);
        String row = String.format(
                "| %s | %,.0f (%,d steps) | %,d | %.0f | %.1f / %.1f ms (CPU %.1f / %.1f ms; %,d steps) | %.3f / %.3f ms (%,d frames) | %.3f ms (CPU %.3f ms) | %d MiB | %s |",
                era, c.recordedStepsPerSecond(), c.seekSteps(), c.changes(), c.bytesPerChange(), c.seekBackMillis(), c.seekForwardMillis(),
                c.seekBackCpuMillis(), c.seekForwardCpuMillis(), c.seekSteps(), c.restoreMillis(), c.restoreAfterFaultMillis(),
                c.restoreFrames(), c.hashMillis(), c.hashCpuMillis(), peakHeap() >> 20, Runtime.version());
        w.println("| era | steps/s, full recorder | changes recorded | bytes/change | seek back / forward over the run "
                + "| snapshot restore after a store / after a fault | canonical hash | peak heap | JDK |");
        w.println("|---|---|---|---|---|---|---|---|---|");
        w.println(row);
        return append(row);
    }

    private int editor(PrintWriter w) {
        if (lines < 20) {
            spec.commandLine().getErr().println("mmscope: --lines must be at least 20");
            return 2;
        }
        EditorLatency.Result r;
        try {
            r = EditorLatency.measure(lines, lines > 50_000 ? 20 : 50);
        } catch (Exception e) {
            spec.commandLine().getErr().println("mmscope: the editor benchmark failed: " + e);
            return 1;
        }
        String row = r.markdownRow();
        w.println(EditorLatency.Result.markdownHeader());
        w.println(row);
        return append(row);
    }

    private String checking() {
        if (!invariants) {
            return "no";
        }
        return fullCheckEvery > 1 ? "incremental, whole state every " + fullCheckEvery + " steps" : "yes, whole state";
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
