package org.mmscope.engine.era;

import java.util.List;
import java.util.Optional;

/** The kernel eras mmscope knows, by the name scenario files use. */
public final class Eras {
    /** The era of a scenario without a {@code kernel} line. */
    public static final String DEFAULT = Linux612.NAME;

    private Eras() {
    }

    public static List<String> names() {
        return List.of(Linux2631.NAME, Linux510.NAME, Linux612.NAME);
    }

    /**
     * The era whose rules a running kernel of release {@code release} (as {@code uname -r} prints it, e.g.
     * "6.18.44-generic") follows most closely: the newest era not newer than it, or the oldest era for a release
     * older than all of them or one that cannot be read.
     */
    public static KernelEra forKernelRelease(String release) {
        long host = version(release == null ? "" : release);
        String best = names().get(0);
        for (String name : names()) {
            if (host >= 0 && version(name.substring("linux-".length())) <= host) {
                best = name;
            }
        }
        return byName(best).orElseThrow();
    }

    /** major·10⁶ + minor·10³ + patch of "6.18.44-…", or -1 if it does not start with a version. */
    private static long version(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?").matcher(v);
        if (!m.find()) {
            return -1;
        }
        return Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2)) * 1_000
                + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
    }

    /** The era of that name; empty for an unknown name or null (a half-written kernel line: "kernel linux-6.12,"). */
    public static Optional<KernelEra> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name) {
        case Linux2631.NAME -> Optional.of(new Linux2631());
        case Linux510.NAME -> Optional.of(new Linux510());
        case Linux612.NAME -> Optional.of(new Linux612());
        default -> Optional.empty();
        };
    }
}
