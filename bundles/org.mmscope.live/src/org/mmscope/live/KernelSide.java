package org.mmscope.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.mmscope.live.Snapshot.PageKey;

/**
 * The live kernel's side: writes the plan's C program, compiles it with the system C compiler, runs it in a
 * temporary folder (removed afterwards) and reads back what it observed after every step.
 */
public final class KernelSide {
    /** Thrown when the host cannot run the program; the message says why (exit status 3). */
    public static final class HostProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public HostProblem(String message) {
            super(message);
        }
    }

    /** The kernel's snapshots (index 0 = step 1) and the time its steps took, without observing. */
    public record Result(List<Snapshot> snapshots, long nanos, List<String> notes) {
    }

    private static final long KPF_ANON = 1L << 12;
    private static final long KPF_ZERO_PAGE = 1L << 24;
    private static final long KPF_ANON_EXCLUSIVE = 1L << 34; // PG_anon_exclusive aliases PG_mappedtodisk

    private KernelSide() {
    }

    /**
     * Compiles and runs the plan's program. {@code keepC}, when set, receives the C source and the binary.
     * {@code swapfile}: let the program set up (and remove) a temporary swap file.
     */
    public static Result run(LivePlan plan, Path keepC, boolean swapfile, long timeoutSeconds) throws HostProblem, IOException {
        Path work = Files.createTempDirectory("mmscope-live-");
        try {
            Path src = (keepC != null ? keepC : work).resolve("scenario.c");
            Path bin = (keepC != null ? keepC : work).resolve("scenario");
            if (keepC != null) {
                Files.createDirectories(keepC);
            }
            Files.writeString(src, LiveProgram.source(plan));
            compile(src, bin);
            Path data = work.resolve("data");
            Files.createDirectories(data);
            List<String> lines = execute(bin, data, swapfile, timeoutSeconds);
            return parse(plan, lines);
        } finally {
            if (swapfile) {
                undoSwap(work.resolve("data/swapfile"));
            }
            deleteTree(work);
        }
    }

    static void compile(Path src, Path bin) throws HostProblem, IOException {
        String cc = Host.requireCompiler();
        ProcessBuilder pb = new ProcessBuilder(cc, "-O1", "-w", "-o", bin.toString(), src.toString()).redirectErrorStream(true);
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new HostProblem(cc + " did not finish within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostProblem("interrupted while compiling");
        }
        if (p.exitValue() != 0) {
            throw new HostProblem(cc + " failed on the generated program (" + src + "):\n" + log.strip());
        }
    }

    private static List<String> execute(Path bin, Path data, boolean swapfile, long timeoutSeconds) throws HostProblem, IOException {
        ProcessBuilder pb = new ProcessBuilder(bin.toString(), data.toString(), swapfile ? "swapfile" : "noswap")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().close();
        List<String> lines = new ArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.ISO_8859_1))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException e) {
                // the program was killed; what it printed so far is kept
            }
        });
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroy(); // SIGTERM: the program removes its swap file
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                throw new HostProblem("the program did not finish within " + timeoutSeconds + " s");
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new HostProblem("interrupted");
        }
        synchronized (lines) {
            for (String l : lines) {
                if (l.startsWith("X ")) {
                    throw new HostProblem(l.substring(2));
                }
            }
            if (p.exitValue() != 0 || lines.isEmpty() || !lines.get(lines.size() - 1).equals("END")) {
                throw new HostProblem("the program stopped early (exit status " + p.exitValue() + ") after: "
                        + (lines.isEmpty() ? "nothing" : lines.get(lines.size() - 1)));
            }
            return new ArrayList<>(lines);
        }
    }

    static Result parse(LivePlan plan, List<String> lines) {
        List<Snapshot> snaps = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            snaps.add(null);
        }
        long total = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
            case "S" -> {
                int step = Integer.parseInt(f[1]);
                snaps.set(step - 1, Snapshot.empty(resultName(Integer.parseInt(f[2]))));
            }
            case "P" -> {
                Snapshot s = snaps.get(Integer.parseInt(f[1]) - 1);
                int proc = Integer.parseInt(f[2]);
                PageKey key = new PageKey(proc, plan.processes().get(proc), plan.vars().get(Integer.parseInt(f[3])), Long.parseLong(f[4]));
                s.pages().put(key, page(f));
            }
            case "D" -> {
                Snapshot s = snaps.get(Integer.parseInt(f[1]) - 1);
                String value = f[4].startsWith("!") ? "(device error " + f[4].substring(1) + ")" : text(f[4]);
                s.device().put(plan.handles().get(Integer.parseInt(f[2])) + "[" + f[3] + "]", value);
            }
            case "T" -> total = Long.parseLong(f[1]);
            default -> {
            }
            }
        }
        return new Result(snaps, total, List.of());
    }

    private static PageView page(String[] f) {
        return switch (f[5]) {
        case "p" -> {
            long pfn = Long.parseUnsignedLong(f[6], 16);
            long flags = Long.parseUnsignedLong(f[7], 16);
            int count = (int) Long.parseLong(f[8]);
            String content = f[9].equals("-") ? null : text(f[9]);
            if ((flags & KPF_ZERO_PAGE) != 0) {
                yield new PageView(PageView.State.PRESENT, pfn, true, null, null, content);
            }
            Boolean exclusive = (flags & KPF_ANON) != 0 ? (flags & KPF_ANON_EXCLUSIVE) != 0 : null;
            yield new PageView(PageView.State.PRESENT, pfn, false, exclusive, count, content);
        }
        case "s" -> PageView.SWAPPED;
        default -> PageView.ABSENT;
        };
    }

    /** Hex from the program ("-0" is the empty string) back to text. */
    static String text(String hex) {
        if (hex.equals("-0")) {
            return "";
        }
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String resultName(int code) {
        return switch (code) {
        case 0 -> "ok";
        case 1000 -> "SIGSEGV";
        case 1001 -> "SIGBUS";
        default -> ERRNO.getOrDefault(code, "errno " + code);
        };
    }

    private static final Map<Integer, String> ERRNO = new TreeMap<>(Map.ofEntries(Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"),
            Map.entry(3, "ESRCH"), Map.entry(4, "EINTR"), Map.entry(5, "EIO"), Map.entry(9, "EBADF"), Map.entry(11, "EAGAIN"),
            Map.entry(12, "ENOMEM"), Map.entry(13, "EACCES"), Map.entry(14, "EFAULT"), Map.entry(16, "EBUSY"), Map.entry(17, "EEXIST"),
            Map.entry(19, "ENODEV"), Map.entry(22, "EINVAL"), Map.entry(28, "ENOSPC"), Map.entry(95, "EOPNOTSUPP")));

    /** A safety net behind the program's own clean-up: a swap file still active after it ended is switched off. */
    private static void undoSwap(Path swapfile) {
        try {
            if (Files.readString(Path.of("/proc/swaps")).contains(swapfile.toString())) {
                new ProcessBuilder("swapoff", swapfile.toString()).inheritIO().start().waitFor(120, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            // reported by the caller's check of /proc/swaps
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
