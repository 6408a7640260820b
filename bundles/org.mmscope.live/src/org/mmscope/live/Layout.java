package org.mmscope.live;

import java.util.HashMap;
import java.util.Map;

import org.mmscope.engine.ops.ProcessOps;

/**
 * Where the engine puts each process's mappings (ProcessOps.mmap: from {@link ProcessOps#MMAP_BASE_VPN} up, a
 * guard page after each, a fork child goes on from its parent's next address), as far as the runtime needs it:
 * the page offset of a new mapping within a 64 KiB block, which decides the fault-around window.
 */
final class Layout {
    /** mm/memory.c fault_around_bytes in pages (64 KiB); runtime.c WINDOW. */
    static final int WINDOW = 16;

    private final Map<String, Long> next = new HashMap<>();

    /** A new mapping of {@code pages} in {@code process}: its first page modulo {@link #WINDOW} in the engine. */
    int mmap(String process, long pages) {
        long start = next.getOrDefault(process, ProcessOps.MMAP_BASE_VPN);
        next.put(process, start + pages + 1);
        return (int) Math.floorMod(start, WINDOW);
    }

    /** fork: the child's next mapping goes where the parent's would (dup_mmap copies the layout). */
    void fork(String parent, String child) {
        next.put(child, next.getOrDefault(parent, ProcessOps.MMAP_BASE_VPN));
    }
}
