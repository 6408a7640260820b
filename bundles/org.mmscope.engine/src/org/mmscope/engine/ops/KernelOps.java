package org.mmscope.engine.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mmscope.engine.era.ReclaimResult;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.MemoryBlocks;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Machine;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/** What the kernel does on its own: reclaim, migration, compaction, memory hot-remove. */
public final class KernelOps {
    private KernelOps() {
    }

    /**
     * One pass of shrink_node over the evictable LRU lists, oldest first, as if every page were cold.
     * {@code limit} > 0 stops after that many pages were unmapped or freed.
     */
    public static void reclaim(Kernel k, long limit) {
        List<Frame> lru = new ArrayList<>();
        for (Frame f : k.state().getFrames()) {
            if (!f.isZeroPage() && f.getLru() != LruList.NONE && f.getLru() != LruList.UNEVICTABLE) {
                lru.add(f);
            }
        }
        lru.sort(Comparator.comparingLong(Frame::getLruSeq));
        long done = 0;
        try (Call pass = k.enter(k.era().reclaimPassName(), null, "one reclaim pass over " + lru.size() + " LRU page(s)")) {
            for (Frame f : lru) {
                if (limit > 0 && done >= limit) {
                    break;
                }
                if (k.frames().get(f.getPfn()) != f) {
                    continue; // freed earlier in this pass
                }
                int mappedBefore = f.getMapcount();
                ReclaimResult r;
                try (Call c = k.enter(k.era().shrinkListName(), f)) {
                    r = k.era().shrinkPage(k, f);
                    c.detail(r.name().toLowerCase());
                }
                if (r.progress() || f.getMapcount() < mappedBefore) {
                    done++;
                }
            }
        }
    }

    /** migrate_pages() of every present page of the range; any page that stays fails the step with EAGAIN. */
    public static void migrate(Kernel k, Op.Range r) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        int failed = 0;
        for (Pte pte : k.pageTables().range(pages.process().getMm(), pages.start(), pages.end())) {
            if (pte.getKind() != PteKind.PRESENT || pte.getFrame().isZeroPage()) {
                continue;
            }
            Frame f = pte.getFrame();
            if (migratePages(k, f) == null) {
                failed++;
            }
        }
        if (failed > 0) {
            throw new SyscallException(Errno.EAGAIN, failed + " page(s) could not be migrated (extra references)");
        }
    }

    /** Compaction: try to migrate every movable (LRU) page; pages that cannot move stay, the step succeeds. */
    public static void compact(Kernel k) throws SyscallException {
        List<Frame> movable = new ArrayList<>();
        for (Frame f : k.state().getFrames()) {
            if (!f.isZeroPage() && f.getLru() != LruList.NONE) {
                movable.add(f);
            }
        }
        movable.sort(Comparator.comparingLong(Frame::getPfn));
        try (Call c = k.enter(k.era().compactName(), null, "tries " + movable.size() + " page(s)")) {
            for (Frame f : movable) {
                if (k.frames().get(f.getPfn()) == f) {
                    migratePages(k, f);
                }
            }
        }
    }

    /** migrate_pages() for one page: the new frame, or null (-EAGAIN, the page stays). */
    private static Frame migratePages(Kernel k, Frame f) throws SyscallException {
        try (Call c = k.enter("migrate_pages", f)) {
            Frame moved = k.era().migratePage(k, f, f.getZone());
            c.detail(moved == null ? "-EAGAIN: stays at pfn " + f.getPfn() : "moved to pfn " + moved.getPfn());
            return moved;
        }
    }

    public static long blockOf(Kernel k, Op.Range r) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        Pte pte = k.pageTables().get(pages.process().getMm(), pages.start());
        if (pte == null || pte.getKind() != PteKind.PRESENT) {
            throw new SyscallException(Errno.EINVAL, r + " is not present: no memory block to offline");
        }
        return pte.getFrame().getPfn() / k.state().getMachine().getBlockPages();
    }

    /**
     * offline_pages(): isolate the block, fail with EBUSY on unmovable pages, migrate every page out; a page
     * that keeps failing ends the way the era ends it (2.6.31: EAGAIN after 120 s; 6.12: EINTR) — after the
     * pages that could move have moved.
     */
    public static void offline(Kernel k, long index) throws SyscallException {
        try (Call c = k.enter("offline_pages", null, "memory block " + index)) {
            offlinePages(k, index);
            c.detail("memory block " + index + " is offline");
        }
    }

    private static void offlinePages(Kernel k, long index) throws SyscallException {
        Machine m = k.state().getMachine();
        long blocks = MemoryBlocks.count(m);
        if (index < 0 || index >= blocks) {
            throw new SyscallException(Errno.EINVAL, "no memory block " + index + " (the machine has " + blocks + ")");
        }
        if (!MemoryBlocks.isOnline(m, index)) {
            throw new SyscallException(Errno.EINVAL, "memory block " + index + " is already offline");
        }
        long start = MemoryBlocks.startPfn(m, index);
        long end = start + MemoryBlocks.pages(m, index);
        List<Frame> inBlock = new ArrayList<>();
        for (Frame f : k.state().getFrames()) {
            if (f.getPfn() >= start && f.getPfn() < end) {
                inBlock.add(f);
            }
        }
        inBlock.sort(Comparator.comparingLong(Frame::getPfn));
        for (Frame f : inBlock) {
            if (f.isZeroPage() || f.getLru() == LruList.NONE) {
                throw new SyscallException(Errno.EBUSY, "start_isolate_page_range: unmovable page at pfn " + f.getPfn());
            }
        }
        k.startIsolatePageRange(start, end);
        try (Call c = k.enter("do_migrate_range", null, "pfn " + start + "–" + (end - 1))) {
            // mm/memory_hotplug.c offline_pages (2.6.31 and 6.12): do_migrate_range moves every page it can on
            // each pass; the loop gives up (timeout / signal) only while some page still refuses to move
            Frame stuck = null;
            for (Frame f : inBlock) {
                if (k.frames().get(f.getPfn()) != f) {
                    continue;
                }
                if (migratePages(k, f) == null && stuck == null) {
                    stuck = f;
                }
            }
            if (stuck != null) {
                throw k.era().offlineGiveUp(index, stuck);
            }
        } finally {
            k.undoIsolatePageRange(); // undo_isolate_page_range on failure; offline frames stay unusable on success
        }
        MemoryBlocks.setOffline(m, index);
    }
}
