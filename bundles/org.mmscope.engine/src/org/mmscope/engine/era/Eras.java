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
