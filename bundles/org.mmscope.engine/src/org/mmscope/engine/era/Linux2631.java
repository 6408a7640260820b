package org.mmscope.engine.era;

import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;
import org.mmscope.model.mm.ZoneType;

/**
 * Linux 2.6.31 (September 2009): get_user_pages takes plain page references, COW reuse is decided by mapcount,
 * reclaim unmaps referenced pages, and hot-remove gives up after 120 s. Sources: mm/memory.c, mm/vmscan.c,
 * mm/rmap.c, mm/swapfile.c, mm/migrate.c, mm/memory_hotplug.c, kernel/fork.c of 2.6.31.
 */
public final class Linux2631 extends BaseEra {
    public static final String NAME = "linux-2.6.31";
    private static final EraFeatures FEATURES = new EraFeatures(false, false, false, false, false);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EraFeatures features() {
        return FEATURES;
    }

    @Override
    protected void markNewAnonExclusive(Frame f) {
        // no PageAnonExclusive before 5.19
    }

    /** mm/memory.c: do_anonymous_page (2.6.24–2.6.31): a read fault gets a private zeroed page (the zero page came back in 2.6.32). */
    @Override
    protected boolean readFaultMapsZeroPage() {
        return false;
    }

    @Override
    protected String cowFaultName() {
        return "__do_fault";
    }

    /** mm/memory.c: do_wp_page (≤2.6.31–4.0): the copy is inline ("gotten:"), through cow_user_page (wp_page_copy split out in 4.1). */
    @Override
    protected String wpCopyName() {
        return null;
    }

    @Override
    protected String copyUserPageName() {
        return "cow_user_page";
    }

    /** mm/memory.c: do_wp_page (≤2.6.31–4.0): VM_SHARED with page_mkwrite is handled inline ("reuse:"). */
    @Override
    protected String wpSharedName() {
        return null;
    }

    /** mm/memory.c: follow_page (≤2.6.31; mm/gup.c from 3.15): get_page(page) under FOLL_GET. */
    @Override
    protected String grabName() {
        return "get_page";
    }

    @Override
    protected String grabDetail(GupFlags flags) {
        return "FOLL_GET: refcount + 1";
    }

    /** mm/vmscan.c: shrink_zone → shrink_list → shrink_page_list (≤2.6.31–4.7; shrink_node from 4.8). */
    @Override
    public String reclaimPassName() {
        return "shrink_zone";
    }

    @Override
    public String shrinkListName() {
        return "shrink_page_list";
    }

    /** mm/compaction.c does not exist before 2.6.35: the engine migrates as mm/memory_hotplug.c: do_migrate_range (2.6.31) would. */
    @Override
    public String compactName() {
        return "do_migrate_range";
    }

    /** mm/mlock.c: mlock_vma_page / munlock_vma_page (2.6.28–5.17). */
    @Override
    public String mlockPageName() {
        return "mlock_vma_page";
    }

    @Override
    public String munlockPageName() {
        return "munlock_vma_page";
    }

    /**
     * mm/mlock.c: __mlock_vma_pages_range (≤2.6.31–2.6.37): GUP_FLAGS_WRITE for every VM_WRITE VMA, shared ones
     * too — a shared mapping's pages are write-faulted (dirty, PTE writable); "mlock: avoid dirtying pages and
     * triggering writeback" (2.6.38) limited it to private mappings.
     */
    @Override
    public boolean mlockFaultsInForWrite(Vma vma) {
        return vma.isWrite();
    }

    /** mm/rmap.c: try_to_munlock → try_to_mlock_page (2.6.28–≥2.6.31): down_read_trylock of the caller's mmap_sem, held for write, fails. */
    @Override
    public boolean munlockSkipsOwnMm() {
        return true;
    }

    private static final java.util.Map<String, String> DOCS = java.util.Map.of(
            "get_user_pages", "`mm/memory.c __get_user_pages` → `follow_page` → `get_page`; faults pages in, breaks COW only with `write`; "
                    + "nothing marks the page as pinned.",
            "pin_user_pages", "does not exist (validation error).",
            "fork", "`copy_one_pte` write-protects private pages in both processes (mapcount +1); whoever writes first gets the copy "
                    + "(`do_wp_page` / `reuse_swap_page`).",
            "reclaim", "`mm/vmscan.c shrink_page_list`: add_to_swap, `try_to_unmap` (no reference check), `pageout` only if "
                    + "`is_page_cache_freeable`.",
            "offline", "gives up after its 120 s timeout (EAGAIN), after moving every page that can move.",
            "write", "COW reuse when `reuse_swap_page` counts one mapping (mapcount + swap count): a GUP reference does not count.");

    @Override
    public String operationDoc(String operation) {
        return DOCS.get(operation);
    }

    /** No FOLL_PIN: every GUP reference counts 1. */
    @Override
    public int pinBias() {
        return 1;
    }

    /** No page_maybe_dma_pinned before 5.7: only the driver knows what it holds. */
    @Override
    public boolean maybeDmaPinned(Frame f) {
        return false;
    }

    @Override
    protected String sharedFaultName() {
        return "__do_fault";
    }

    /** __do_fault (mm/memory.c, 2.6.31) maps only the faulting page: fault-around came in 3.15. */
    @Override
    protected boolean faultsAround() {
        return false;
    }

    @Override
    protected String readFaultName() {
        return "__do_fault";
    }

    /** mm/memory.c: do_wp_page → mm/swapfile.c: reuse_swap_page (2.6.29–5.8): reuse iff mapcount (+ swap count when in the swap cache) is 1. */
    @Override
    protected boolean wpCanReuseAnonPage(Kernel k, Vma vma, Pte pte, Frame f) {
        return reuseSwapPage(k, f, f.getMapcount());
    }

    @Override
    protected String reuseReason(Frame f) {
        return "reuse_swap_page: mapcount " + f.getMapcount() + " (the GUP reference is not counted)";
    }

    /** mm/memory.c: do_swap_page (2.6.29–5.17): reuse_swap_page on a write fault; then try_to_free_swap. */
    @Override
    protected boolean swapInMapsWritable(Kernel k, Vma vma, Frame f, FaultKind kind, boolean exclusiveMarker, int slot) {
        return swapInReusesBySwapCount(k, vma, f, kind);
    }

    @Override
    protected void afterSwapIn(Kernel k, Vma vma, Frame f, int slot, FaultKind kind, boolean writable) {
        swapFreeThenTryToFreeSwap(k, vma, f, slot);
    }

    // ------------------------------------------------------------------ fork

    /** mm/memory.c: copy_one_pte (≤2.6.31–5.8): COW write-protects both PTEs; no check for GUP references. */
    @Override
    public void copyPte(Kernel k, Mm dstMm, Vma dstVma, Vma srcVma, Pte src) {
        if (src.getKind() == PteKind.SWAP) {
            k.swapDuplicate(src.getSwapSlot()); // swap_duplicate
            k.setPteSwap(dstMm, src.getVpn(), src.getSwapSlot(), false);
            return;
        }
        Frame f = src.getFrame();
        sharePresentPte(k, dstMm, srcVma, src, f);
        k.event("copy_one_pte", f,
                Kernel.isCowMapping(srcVma) ? "COW: both PTEs read-only, mapcount " + f.getMapcount() : "shared mapping: same frame");
    }

    // ------------------------------------------------------------------ get_user_pages

    @Override
    public PinHandle getUserPages(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException {
        try (Call c = k.enter("get_user_pages", null, flags.describe() + ": " + pages + " page(s), plain page references")) {
            return gupLoop(k, mm, startVpn, pages, flags);
        }
    }

    /** mm/memory.c: __get_user_pages (≤2.6.31): VM_WRITE / VM_READ checked against the request (no FOLL_FORCE here). */
    @Override
    protected void checkVmaFlags(Vma vma, GupFlags flags) throws SyscallException {
        requireVmaFlags(vma, flags.write());
    }

    /** mm/memory.c: follow_page with FOLL_ANON, use_zero_page (≤2.6.31; FOLL_ANON went in 2.6.32): read GUP of untouched anon memory gets ZERO_PAGE. */
    @Override
    protected Follow followPage(Kernel k, Vma vma, Pte pte, GupFlags flags) {
        if (pte == null) {
            boolean useZeroPage = !flags.write() && vma.getFile() == null && !vma.isLocked() && !vma.isShared();
            return useZeroPage ? Follow.PAGE : Follow.FAULT;
        }
        if (pte.getKind() != PteKind.PRESENT) {
            return Follow.FAULT;
        }
        return flags.write() && !pte.isWritable() ? Follow.FAULT : Follow.PAGE;
    }

    /** mm/memory.c: __get_user_pages (≤2.6.31): foll_flags = FOLL_TOUCH always. */
    @Override
    protected boolean gupTouches(GupFlags flags) {
        return true;
    }

    /** get_page(): an ordinary reference; nothing marks it as a DMA pin. */
    @Override
    protected void grab(Kernel k, Mm mm, Frame page, GupFlags flags) {
        k.getPage(page, 1);
    }

    @Override
    public void releaseUserPages(Kernel k, PinHandle h) {
        putUserPages(k, h, 1, true); // put_page: no FOLL_PIN in 2.6.31
    }

    // ------------------------------------------------------------------ reclaim

    /** mm/vmscan.c: shrink_page_list (2.6.28–3.1 for the direct-reclaim writeback; read in 2.6.31) for one isolated page, every page cold. */
    @Override
    protected ReclaimResult shrinkIsolatedPage(Kernel k, Frame f) {
        if (f.isAnon() && !f.isSwapcache()) {
            ReclaimResult noSlot = Reclaim.addToSwap(k, f);
            if (noSlot != null) {
                return noSlot;
            }
        }
        if (f.getMapcount() > 0) {
            for (Pte pte : k.pageTables().mappers(f)) {
                Vma vma = k.findVma(org.mmscope.engine.kernel.PageTables.mmOf(pte), pte.getVpn());
                if (vma != null && vma.isLocked()) {
                    f.setMlocked(true);
                    return Reclaim.cull(k, f, "cull_mlocked", "try_to_unmap_one: VM_LOCKED (SWAP_MLOCK)");
                }
                Reclaim.unmapOne(k, pte, f, false, "try_to_unmap_one");
            }
        }
        if (f.isDirty()) {
            return Reclaim.pageout(k, f);
        }
        return Reclaim.removeMapping(k, f, 2, "__remove_mapping");
    }

    @Override
    protected String cullFunction() {
        return "cull_mlocked";
    }

    // ------------------------------------------------------------------ migration and hot-remove

    /** mm/migrate.c: unmap_and_move (≤2.6.31–6.2): the page moved, its PTEs point at the new one. */
    @Override
    public String migrateMoveName() {
        return "unmap_and_move";
    }

    /** mm/migrate.c: unmap_and_move → migrate_page_move_mapping (≤2.6.31–5.15): expected count 1, or 2 in a cache. */
    @Override
    public Frame migratePage(Kernel k, Frame f, ZoneType target) throws SyscallException {
        return Migration.unmapAndMove(k, f, target, migrateMoveName(), "migrate_page_move_mapping");
    }

    /** mm/memory_hotplug.c: offline_pages (2.6.24–4.14): the 120 s timeout expires while a page keeps failing to move → -EAGAIN. */
    @Override
    public SyscallException offlineGiveUp(long blockIndex, Frame stuck) {
        return new SyscallException(Errno.EAGAIN, "offline_pages: pfn " + stuck.getPfn()
                + " could not be migrated; gave up after the 120 s timeout");
    }

    /** mm/mprotect.c: change_pte_range (≤2.6.31–5.19): only dirty_accountable (shared) PTEs are upgraded; the next write fault decides. */
    @Override
    public boolean mprotectMayMakeWritable(Kernel k, Vma vma, Pte pte) {
        return vma.isShared() && pte.isDirty();
    }

    /** mm/madvise.c: madvise_dontneed (≤2.6.31–6.12 for VM_LOCKED): VM_LOCKED | VM_HUGETLB | VM_PFNMAP → -EINVAL. */
    @Override
    public boolean dontneedRefused(Vma vma) {
        return vma.isLocked();
    }

    /** mm/mprotect.c: mprotect_fixup (≤2.6.31–4.4): no populate; the next write fault breaks COW (populate came with 4.5). */
    @Override
    public boolean mprotectPopulatesLockedPrivate() {
        return false;
    }
}
