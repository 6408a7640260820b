package org.mmscope.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mmscope.live.KernelSide.HostProblem;

/** What the host must offer for {@code mmscope live}, checked before anything is compiled or run. */
public final class Host {
    private Host() {
    }

    /** The C compiler: $CC, else cc or gcc on the PATH; null when there is none. */
    public static String compiler() {
        String cc = System.getenv("CC");
        if (cc != null && !cc.isBlank()) {
            return cc;
        }
        for (String name : List.of("cc", "gcc")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    /** The C compiler, or why there is none. */
    static String requireCompiler() throws HostProblem {
        String cc = compiler();
        if (cc == null) {
            throw new HostProblem("no C compiler: install gcc (apt-get install gcc) or set CC");
        }
        return cc;
    }

    /**
     * Checks root, io_uring, /proc/kpageflags, the compiler and swap; returns whether the program must set up a
     * swap file. {@code allowSwapfile}: the user agreed to a temporary swap file when the plan needs one.
     */
    public static boolean check(LivePlan plan, boolean allowSwapfile) throws HostProblem {
        if (!System.getProperty("os.name", "").equals("Linux")) {
            throw new HostProblem("mmscope live needs Linux (this is " + System.getProperty("os.name") + ")");
        }
        if (!isRoot()) {
            throw new HostProblem(
                    "mmscope live needs root: /proc/kpageflags, /proc/kpagecount and PFNs in /proc/PID/pagemap are root-only");
        }
        String disabled = read("/proc/sys/kernel/io_uring_disabled");
        if (disabled != null && !disabled.strip().equals("0")) {
            throw new HostProblem("io_uring is disabled (/proc/sys/kernel/io_uring_disabled = " + disabled.strip()
                    + "); pins are io_uring registered buffers");
        }
        if (!Files.isReadable(Path.of("/proc/kpageflags"))) {
            throw new HostProblem("/proc/kpageflags is missing (CONFIG_PROC_PAGE_MONITOR)");
        }
        requireCompiler();
        if (!plan.needsSwap()) {
            return false;
        }
        boolean active = swapActive();
        boolean wanted = plan.scenario().machine().swapBytes() > 0;
        if (wanted && !active) {
            if (!allowSwapfile) {
                throw new HostProblem("the scenario pages anonymous memory out and the host has no active swap; pass --allow-swapfile"
                        + " to let the program set up a temporary 64 MiB swap file (removed at exit)");
            }
            return true;
        }
        if (!wanted && active) {
            throw new HostProblem("the scenario's machine has no swap but the host's swap is active; "
                    + "mmscope live does not switch the host's swap off");
        }
        return false;
    }

    public static boolean swapActive() {
        String swaps = read("/proc/swaps");
        return swaps != null && swaps.strip().lines().count() > 1;
    }

    private static boolean isRoot() {
        String status = read("/proc/self/status");
        if (status == null) {
            return false;
        }
        return status.lines().anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[2].equals("0")); // effective uid
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            return null;
        }
    }
}
