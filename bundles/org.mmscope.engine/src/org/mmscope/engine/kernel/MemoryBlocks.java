package org.mmscope.engine.kernel;

import org.mmscope.model.mm.Machine;
import org.mmscope.model.mm.MemoryBlock;
import org.mmscope.model.mm.MmFactory;

/**
 * The memory blocks of a machine (drivers/base/memory.c: /sys/devices/system/memory/memoryN), computed from
 * {@code ramPages} and {@code blockPages}: block N spans pfns [N·blockPages, (N+1)·blockPages), the last one
 * what is left. {@code Machine.blocks} holds only the blocks that left their boot state (offline), so booting
 * costs O(zones) whatever the RAM size — a 1 PiB machine has 8,388,608 blocks of 128 MiB and none is an object
 * until it goes offline.
 */
public final class MemoryBlocks {
    private MemoryBlocks() {
    }

    /** How many memory blocks the machine has. */
    public static long count(Machine m) {
        return m.getRamPages() == 0 ? 0 : (m.getRamPages() - 1) / m.getBlockPages() + 1;
    }

    public static long startPfn(Machine m, long index) {
        return index * m.getBlockPages();
    }

    public static long pages(Machine m, long index) {
        return Math.min(m.getBlockPages(), m.getRamPages() - startPfn(m, index));
    }

    /** The block's object if it left its boot state, else null (an online block). */
    public static MemoryBlock find(Machine m, long index) {
        for (MemoryBlock b : m.getBlocks()) {
            if (b.getStartPfn() == startPfn(m, index)) {
                return b;
            }
        }
        return null;
    }

    public static boolean isOnline(Machine m, long index) {
        MemoryBlock b = find(m, index);
        return b == null || b.isOnline();
    }

    /** The offline block that holds {@code pfn}, or null (the block is online). */
    public static MemoryBlock offlineAt(Machine m, long pfn) {
        for (MemoryBlock b : m.getBlocks()) {
            if (!b.isOnline() && pfn >= b.getStartPfn() && pfn < b.getStartPfn() + b.getPages()) {
                return b;
            }
        }
        return null;
    }

    /** Marks block {@code index} offline (memory_block_offline). */
    public static void setOffline(Machine m, long index) {
        MemoryBlock b = find(m, index);
        if (b == null) {
            b = MmFactory.eINSTANCE.createMemoryBlock();
            b.setIndex((int) Math.min(Integer.MAX_VALUE, index));
            b.setStartPfn(startPfn(m, index));
            b.setPages(pages(m, index));
            m.getBlocks().add(b);
        }
        b.setOnline(false);
    }
}
