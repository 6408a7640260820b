package org.mmscope.engine.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The hazards of LANGUAGE.md: things the kernel allows that a driver writer must know about. A hazard is shown,
 * never fatal: the run goes on. The one list the engine raises, the language validates and completes, and the
 * report schema names.
 */
public enum HazardKind {
    DMA_DIVERGED("dma-diverged", "a pinning process's PTE maps another frame than the one the device holds"), DMA_ORPHANED("dma-orphaned",
            "the device writes to a frame no process maps"), PINNED_SWAPPED("pinned-swapped",
                    "a pinned frame was unmapped into swap"), DMA_USE_AFTER_FREE("dma-use-after-free",
                            "a device transfers to a frame its handle no longer holds (released while still mapped for DMA)");

    private final String id;
    private final String description;

    HazardKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used in scenario files and reports, e.g. {@code dma-diverged}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<HazardKind> byId(String id) {
        return Arrays.stream(values()).filter(h -> h.id.equals(id)).findFirst();
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(HazardKind::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
