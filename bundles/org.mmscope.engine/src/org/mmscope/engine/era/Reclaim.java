package org.mmscope.engine.era;

import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.engine.trace.HazardKind;
import org.mmscope.model.mm.DiskBlock;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.MmFile;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.SwapSlot;

/** The pieces of mm/vmscan.c and mm/rmap.c that every era's shrink path shares. */
final class Reclaim {
    private Reclaim() {
    }

    /**
     * try_to_unmap_one() for one PTE that it may unmap: an anon PTE becomes a swap entry naming the page's swap
     * slot, a file PTE becomes none; the dirty bit moves to the page.
     */
    static void unmapOne(Kernel k, Pte pte, Frame f, boolean exclusiveMarker, String function) {
        Mm mm = PageTables.mmOf(pte);
        long vpn = pte.getVpn();
        if (pte.isDirty()) {
            f.setDirty(true);
        }
        if (f.isAnon()) {
            k.swapDuplicate(f.getSwapSlot());
            k.setPteSwap(mm, vpn, f.getSwapSlot(), exclusiveMarker);
            if (k.heldByDriver(f)) {
                k.hazard(HazardKind.PINNED_SWAPPED, f.getPfn(), "pfn " + f.getPfn() + " is held by a driver but its PTE in "
                        + Kernel.processOf(mm).getName() + " became swap entry " + f.getSwapSlot());
            }
        } else {
            k.pteClear(mm, vpn);
        }
        k.pageRemoveRmap(f);
        k.putPage(f, 1);
        k.event(function, f, "unmapped from " + Kernel.processOf(mm).getName() + " at 0x" + Long.toHexString(vpn << 12)
                + (f.isAnon() ? " → swap slot " + f.getSwapSlot() : ""));
    }

    /**
     * add_to_swap(): a swap slot, the page in the swap cache (one more reference) and dirty. Returns null on
     * success, or the activation the kernel does when no slot is free.
     */
    static ReclaimResult addToSwap(Kernel k, Frame f) {
        var slot = k.getSwapPage();
        if (slot == null) {
            return activate(k, f, "add_to_swap: no swap slot");
        }
        k.addToSwapCache(f, slot);
        f.setDirty(true);
        k.event("add_to_swap", f, "added to the swap cache as slot " + slot.getIndex());
        return null;
    }

    /**
     * pageout() of an isolated dirty page: written only if is_page_cache_freeable (refcount == isolation + cache:
     * 2.6.31 "== 2", 6.12 "== 1 + folio_nr_pages" for a small folio); kept either way (PageWriteback: freed by a
     * later pass).
     */
    static ReclaimResult pageout(Kernel k, Frame f) {
        if (f.getRefcount() != 2) {
            k.event("pageout", f, "PAGE_KEEP: is_page_cache_freeable fails (refcount " + f.getRefcount() + " ≠ 2): not written");
            return ReclaimResult.KEPT;
        }
        if (f.getFile() != null && f.getFile().isShmem() && !k.swap().present()) {
            // mm/shmem.c: shmem_writepage (2.6.31–6.12): !total_swap_pages → redirty, AOP_WRITEPAGE_ACTIVATE → PAGE_ACTIVATE
            return activate(k, f, "shmem_writepage: no swap to write the shmem page to (redirtied)");
        }
        writePage(k, f, "pageout");
        return ReclaimResult.KEPT;
    }

    /** The page is written (swap slot or file) and clean. */
    private static void writePage(Kernel k, Frame f, String function) {
        if (f.isSwapcache()) {
            SwapSlot slot = k.slot(f.getSwapSlot());
            slot.setContent(Contents.copy(f.getContent()));
            slot.setWritten(true);
            k.event(function, f, "written to swap slot " + slot.getIndex() + "; kept until a later pass (writeback)");
        } else if (f.getFile() != null) {
            writeToDisk(f.getFile(), f.getFileIndex(), f.getContent());
            k.event(function, f, "written back to \"" + f.getFile().getName() + "\" page " + f.getFileIndex());
        }
        f.setDirty(false);
    }

    static void writeToDisk(MmFile file, long index, byte[] content) {
        for (DiskBlock b : file.getDisk()) {
            if (b.getIndex() == index) {
                b.setContent(Contents.copy(content));
                return;
            }
        }
        DiskBlock b = MmFactory.eINSTANCE.createDiskBlock();
        b.setIndex(index);
        b.setContent(Contents.copy(content));
        file.getDisk().add(b);
    }

    /** __remove_mapping(): freeze the refcount at {@code expected} (isolation + cache) or keep the page. */
    static ReclaimResult removeMapping(Kernel k, Frame f, int expected, String function) {
        if (f.getRefcount() != expected || f.getMapcount() > 0) {
            k.event(function, f, "refcount " + f.getRefcount() + " ≠ " + expected + ": cannot freeze, page kept");
            return ReclaimResult.KEPT;
        }
        int cacheRefs = 0;
        if (f.isSwapcache()) {
            k.deleteFromSwapCache(f);
            cacheRefs = 1;
        } else if (f.getFile() != null) {
            f.getFile().getPageCache().remove(f);
            f.setFile(null);
            cacheRefs = 1;
        }
        k.event(function, f, "reclaimed");
        k.putPage(f, cacheRefs + 1); // the cache's and the isolation's reference
        return ReclaimResult.FREED;
    }

    /** The page goes to the unevictable list (2.6.31 cull_mlocked, 6.12 activate_locked → putback). */
    static ReclaimResult cull(Kernel k, Frame f, String function, String why) {
        // mm/vmscan.c: shrink_page_list cull_mlocked → try_to_free_swap (2.6.28–≥2.6.31); activate_locked with
        // PageMlocked / folio_test_mlocked → try_to_free_swap / folio_free_swap (≤5.10–6.12)
        tryToFreeSwap(k, f);
        k.lruAdd(f, LruList.UNEVICTABLE);
        k.event(function, f, why + ": moved to the unevictable list");
        return ReclaimResult.CULLED;
    }

    static ReclaimResult activate(Kernel k, Frame f, String why) {
        if (k.swap().full()) {
            tryToFreeSwap(k, f); // mm/vmscan.c: activate_locked, vm_swap_full → try_to_free_swap / folio_free_swap (≤2.6.31–6.12)
        }
        k.lruAdd(f, Kernel.activeListOf(f));
        k.event("activate_locked", f, why);
        return ReclaimResult.ACTIVATED;
    }

    /**
     * A dirty page in direct reclaim (mm/vmscan.c shrink_page_list 5.10 / shrink_folio_list 6.12): file LRU pages
     * are left to kswapd (activate_locked); shmem is swap-backed, not file LRU (mm_inline.h page_is_file_lru /
     * folio_is_file_lru), so it goes to pageout → shmem_writepage, which without swap redirties it
     * (AOP_WRITEPAGE_ACTIVATE); anonymous pages in the swap cache are written to their slot.
     */
    static ReclaimResult directReclaimDirty(Kernel k, Frame f) {
        boolean shmem = f.getFile() != null && f.getFile().isShmem();
        if (!f.isAnon() && !shmem) {
            f.setReclaim(true); // folio_set_reclaim: "Immediately reclaim when written back" (PG_reclaim = PG_readahead)
            return activate(k, f, "dirty file page: only kswapd writes file pages");
        }
        return pageout(k, f); // is_page_cache_freeable (refcount == 2) first, then shmem_writepage's swap check
    }

    /**
     * try_to_free_swap (2.6.31, 5.10) / folio_free_swap (6.12): drop the swap-cache copy when no swap entry names
     * the slot any more (PG_writeback is never set between steps: swap writes complete within the step).
     */
    static boolean tryToFreeSwap(Kernel k, Frame f) {
        if (!f.isSwapcache() || k.swap().count(f.getSwapSlot()) > 0) {
            return false;
        }
        k.deleteFromSwapCache(f);
        f.setDirty(true); // the only copy is in memory again
        k.putPage(f, 1);
        return true;
    }

    /** putback_lru_page(): drops the isolation reference of a page that survived. */
    static void putback(Kernel k, Frame f) {
        if (k.frames().get(f.getPfn()) != f) {
            return; // freed by __remove_mapping
        }
        if (f.getLru() == LruList.INACTIVE_ANON || f.getLru() == LruList.INACTIVE_FILE) {
            k.lruAdd(f, f.getLru()); // rotated to the head of its list
        }
        k.putPage(f, 1);
    }
}
