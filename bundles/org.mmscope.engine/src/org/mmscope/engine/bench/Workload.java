package org.mmscope.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.ops.Op;

/**
 * Generated workloads for the bench command: a deterministic mix of mmap / touch / write / fork / exit /
 * munmap / reclaim on a 16 GiB machine. Not a test: it reports numbers.
 */
public final class Workload {
    /** What a run measured. */
    public record Result(long steps, double stepsPerSecond, int framesAtEnd, long failedSteps) {
    }

    private Workload() {
    }

    private static MachineSpec machine() {
        return MachineSpec.defaults().ram(16L << 30).swap(16L << 30).process("p0").device("nic");
    }

    private record Mapping(String process, String var, long pages) {
    }

    public static Result mixed(String era, int steps, boolean invariants, long seed) {
        return mixed(era, steps, invariants, 1, seed);
    }

    /** {@code fullCheckEvery} > 1: incremental invariant checks, a whole-state pass every that many steps and at the end. */
    public static Result mixed(String era, int steps, boolean invariants, int fullCheckEvery, long seed) {
        Simulation s = Simulation.boot(machine(), Eras.byName(era).orElseThrow(),
                new Simulation.Options(false, invariants, 0, Long.MAX_VALUE, fullCheckEvery));
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> procs = new ArrayList<>(List.of("p0"));
        List<Mapping> maps = new ArrayList<>();
        int nextProc = 1;
        int nextVar = 0;
        long failed = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            int dice = rnd.nextInt(10_000);
            Op op;
            if (maps.isEmpty() || dice < 800) {
                String p = procs.get(rnd.nextInt(procs.size()));
                Mapping m = new Mapping(p, "m" + nextVar++, 1 + rnd.nextInt(16));
                maps.add(m);
                op = new Op.MmapAnon(p, m.var(), m.pages(), true, true, false);
            } else if (dice < 1000) {
                Mapping m = maps.remove(rnd.nextInt(maps.size()));
                op = new Op.Munmap(m.process(), m.var());
            } else if (dice < 1030 && procs.size() < 16) {
                String parent = procs.get(rnd.nextInt(procs.size()));
                String child = "p" + nextProc++;
                for (Mapping m : new ArrayList<>(maps)) {
                    if (m.process().equals(parent)) {
                        maps.add(new Mapping(child, m.var(), m.pages()));
                    }
                }
                procs.add(child);
                op = new Op.Fork(parent, child);
            } else if (dice < 1060 && procs.size() > 1) {
                String victim = procs.remove(1 + rnd.nextInt(procs.size() - 1));
                maps.removeIf(m -> m.process().equals(victim));
                op = new Op.Exit(victim);
            } else if (dice < 1062) {
                op = new Op.Reclaim(64);
            } else {
                Mapping m = maps.get(rnd.nextInt(maps.size()));
                long page = rnd.nextLong(m.pages());
                Op.Range r = new Op.Range(m.process(), m.var(), page, page);
                op = dice < 6000 ? new Op.Write(r, "w" + (i & 0xff)) : new Op.Read(r);
            }
            if (s.apply(op, i + 1).failed()) {
                failed++;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        s.checkAll();
        return new Result(steps, steps / secs, s.state().getFrames().size(), failed);
    }

    /**
     * Simple steps: loads and stores to random pages of 4 processes' 16 384-page mappings (first touches fault pages
     * in; later ones hit present PTEs or take COW faults after the initial fork).
     */
    public static Result simple(String era, int steps, boolean invariants, long seed) {
        return simple(era, steps, invariants, 1, seed);
    }

    public static Result simple(String era, int steps, boolean invariants, int fullCheckEvery, long seed) {
        Simulation s = Simulation.boot(machine(), Eras.byName(era).orElseThrow(),
                new Simulation.Options(false, invariants, 0, Long.MAX_VALUE, fullCheckEvery));
        int line = forkedMapping(s);
        SplittableRandom rnd = new SplittableRandom(seed);
        Op[] pool = loadsAndStores(rnd);
        long failed = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            if (s.apply(pool[rnd.nextInt(pool.length)], ++line).failed()) {
                failed++;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        s.checkAll();
        return new Result(steps, steps / secs, s.state().getFrames().size(), failed);
    }

    /** The simple workload's start: a 16 384-page mapping, written, shared by three forks. Returns the last line. */
    private static int forkedMapping(Simulation s) {
        int line = 0;
        s.apply(new Op.MmapAnon("p0", "buf", 16_384, true, true, false), ++line);
        s.apply(new Op.Write(Op.Range.all("p0", "buf"), "init"), ++line);
        for (int p = 1; p < 4; p++) {
            s.apply(new Op.Fork("p0", "p" + p), ++line);
        }
        return line;
    }

    /** 4096 loads and stores to random pages of the four processes, drawn from by the workloads. */
    private static Op[] loadsAndStores(SplittableRandom rnd) {
        Op[] pool = new Op[4096];
        for (int i = 0; i < pool.length; i++) {
            long page = rnd.nextLong(16_384);
            Op.Range r = new Op.Range("p" + rnd.nextInt(4), "buf", page, page);
            pool[i] = rnd.nextBoolean() ? new Op.Write(r, "w") : new Op.Read(r);
        }
        return pool;
    }

    /**
     * Heap bytes per touched frame: one store to each of {@code frames} pages in a single step; the heap grows by
     * this much per page (frame, PTE, indexes and the stored bytes; not the per-step trace).
     */
    public static double bytesPerTouchedFrame(String era, int frames) {
        Simulation s = Simulation.boot(machine(), Eras.byName(era).orElseThrow(), new Simulation.Options(false, false, 0, Long.MAX_VALUE));
        s.apply(new Op.MmapAnon("p0", "big", frames, true, true, false), 1);
        long before = usedAfterGc();
        s.apply(new Op.Write(Op.Range.all("p0", "big"), "x"), 2); // one step: the trace does not grow with the frames
        long after = usedAfterGc();
        if (s.state().getFrames().size() < frames) {
            throw new IllegalStateException("not every page was touched");
        }
        return (after - before) / (double) frames;
    }

    /** Bytes per touched frame at several sizes across one doubling of {@code frames}: mean, smallest, largest. */
    public record PerFrame(double mean, double min, double max) {
    }

    /**
     * {@link #bytesPerTouchedFrame} at {@code samples} sizes spread geometrically over [frames, 2·frames): the
     * indexes and lists grow by doubling, so one size alone lands anywhere between their emptiest and fullest
     * state (235–272 bytes were measured at single sizes); the mean over a doubling is the steady-state cost.
     */
    public static PerFrame bytesPerTouchedFrameOverDoubling(String era, int frames, int samples) {
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < samples; i++) {
            int n = (int) Math.round(frames * Math.pow(2, i / (double) samples));
            double b = bytesPerTouchedFrame(era, n);
            sum += b;
            min = Math.min(min, b);
            max = Math.max(max, b);
        }
        return new PerFrame(sum / samples, min, max);
    }

    /** What the execution core costs: the full recorder's throughput and memory, the cursor's seeks, a restore. */
    public record Core(double recordedStepsPerSecond, long changes, double bytesPerChange, double seekBackMillis,
            double seekForwardMillis, double seekBackCpuMillis, double seekForwardCpuMillis, int seekSteps, double restoreMillis,
            double restoreAfterFaultMillis, int restoreFrames, double hashMillis, double hashCpuMillis) {
    }

    /**
     * The simple workload with the debugger's recorder on (calls and every field-level change), then the cursor
     * from the end back over all {@code steps} recorded steps and forward again, and a snapshot restore on a
     * state of {@code restoreFrames} frames (median of 21).
     */
    public static Core core(String era, int steps, int restoreFrames, long seed) {
        Simulation s = Simulation.boot(machine(), Eras.byName(era).orElseThrow(),
                Simulation.Options.defaults().withInvariants(false).withCheckpointEvery(0).withMaxSteps(Long.MAX_VALUE).withChanges(true));
        int line = forkedMapping(s);
        int setup = s.stepCount();
        SplittableRandom rnd = new SplittableRandom(seed);
        Op[] pool = loadsAndStores(rnd);
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            s.apply(pool[rnd.nextInt(pool.length)], ++line);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long after = usedAfterGc();
        long changes = 0;
        for (int i = setup; i < s.stepCount(); i++) {
            changes += s.trace().steps().get(i).changes().size();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long b0 = System.nanoTime();
        s.seek(Simulation.Position.afterStep(setup));
        long b1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        s.seek(Simulation.Position.afterStep(s.stepCount()));
        long b2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        return new Core(steps / secs, changes, (after - before) / (double) Math.max(1, changes), (b1 - b0) / 1e6, (b2 - b1) / 1e6,
                (c1 - c0) / 1e6, (c2 - c1) / 1e6, steps,
                restoreMillis(era, restoreFrames, false), restoreMillis(era, restoreFrames, true), restoreFrames,
                hashMillis(era, restoreFrames, false), hashMillis(era, restoreFrames, true));
    }

    /**
     * Median time of restoring a snapshot after one step on a state of {@code frames} frames: a store to a present
     * page (no index touched), or with {@code fault} a store that faults a new page in (the indexes are rebuilt).
     */
    private static double restoreMillis(String era, int frames, boolean fault) {
        Simulation s = Simulation.boot(machine(), Eras.byName(era).orElseThrow(),
                Simulation.Options.defaults().withInvariants(false).withCheckpointEvery(0).withChanges(true));
        s.apply(new Op.MmapAnon("p0", "big", frames, true, true, false), 1);
        s.apply(new Op.Write(Op.Range.all("p0", "big"), "x"), 2);
        s.apply(new Op.MmapAnon("p0", "fresh", 64, true, true, false), 3);
        double[] ms = new double[21];
        for (int i = 0; i < ms.length; i++) {
            Simulation.Snapshot snap = s.snapshot();
            s.apply(new Op.Write(Op.Range.page("p0", fault ? "fresh" : "big", i), "y"), 4);
            long t0 = System.nanoTime();
            s.restore(snap);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /**
     * Median time of {@link Simulation#canonicalHash()} on a state of {@code frames} written frames after a
     * one-page store (an explored state: its last step was small), median of 21 after a warm-up.
     */
    private static double hashMillis(String era, int frames, boolean cpuTime) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Simulation s = Simulation.boot(machine(), Eras.byName(era).orElseThrow(),
                Simulation.Options.defaults().withInvariants(false).withCheckpointEvery(0).withChanges(true));
        s.apply(new Op.MmapAnon("p0", "big", frames, true, true, false), 1);
        s.apply(new Op.Write(Op.Range.all("p0", "big"), "x"), 2);
        s.apply(new Op.Write(Op.Range.page("p0", "big", 0), "y"), 3);
        double[] ms = new double[21];
        String first = s.canonicalHash();
        for (int i = 0; i < 300; i++) { // the hash is called once per explored state: measure it compiled, as it then runs
            s.canonicalHash();
        }
        for (int i = 0; i < ms.length; i++) {
            long t0 = cpuTime ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
            String h = s.canonicalHash();
            ms[i] = ((cpuTime ? cpu.getCurrentThreadCpuTime() : System.nanoTime()) - t0) / 1e6;
            if (!h.equals(first)) {
                throw new IllegalStateException("the canonical hash of an unchanged state changed");
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
