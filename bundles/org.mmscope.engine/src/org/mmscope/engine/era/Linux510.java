package org.mmscope.engine.era;

import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
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
 * Linux 5.10 (5.10.262, the LTS between the other two): FOLL_PIN with GUP_PIN_COUNTING_BIAS and
 * page_maybe_dma_pinned, the fork-time copy of maybe-pinned pages (5.9), COW reuse only when page_count is 1
 * (the 5.9 do_wp_page simplification), pinned pages kept out of the swap cache (5.10.9 back-port) — but no
 * PageAnonExclusive and no unsharing (5.19), no pin check in try_to_unmap_one or migration, FOLL_LONGTERM that
 * migrates CMA pages only (ZONE_MOVABLE came with 5.13), and offline that retries until signalled.
 * Sources: mm/gup.c, mm/memory.c, mm/vmscan.c, mm/rmap.c, mm/swapfile.c, mm/migrate.c, mm/memory_hotplug.c,
 * mm/mprotect.c, mm/madvise.c, kernel/fork.c, include/linux/mm.h of Debian 11's linux-source-5.10 (5.10.262).
 */
public final class Linux510 extends BaseEra {
    public static final String NAME = "linux-5.10";
    /** include/linux/mm.h: GUP_PIN_COUNTING_BIAS (5.7–6.12) */
    private static final int GUP_PIN_COUNTING_BIAS = 1024;
    private static final EraFeatures FEATURES = new EraFeatures(true, true, true, true, true);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EraFeatures features() {
        return FEATURES;
    }

    /** include/linux/mm.h: page_maybe_dma_pinned (5.7–≥5.10; folio_maybe_dma_pinned by 6.12) for a small page: refcount ≥ GUP_PIN_COUNTING_BIAS. */
    @Override
    public boolean maybeDmaPinned(Frame f) {
        return f.getRefcount() >= GUP_PIN_COUNTING_BIAS;
    }

    private static final java.util.Map<String, String> DOCS = java.util.Map.of(
            "get_user_pages",
            "`mm/gup.c __get_user_pages` → `try_grab_page` (refcount +1); with `longterm`: EINVAL (`is_valid_gup_flags`).",
            "pin_user_pages",
            "`mm/gup.c try_grab_page` (+1024, the zero page too); no unsharing before 5.19; `longterm` migrates CMA pages only "
                    + "(`check_and_migrate_cma_pages`): ZONE_MOVABLE pages are pinned in place; no FOLL_TOUCH: a write pin does not dirty the page.",
            "fork", "`copy_present_pte`; a maybe-pinned anonymous page of an mm that has pinned is copied for the child at once "
                    + "(`copy_present_page`), also when it is already COW-shared.",
            "reclaim",
            "`shrink_page_list`: maybe-pinned anonymous pages are not added to the swap cache (5.10.9); `try_to_unmap_one` has no pin check.",
            "offline", "retries until interrupted (EINTR), after moving every page that can move.",
            "write",
            "COW reuse only when `page_count` is 1 (`do_wp_page`, 5.9–5.17): a GUP reference, a pin or the swap cache's reference makes "
                    + "the write copy.");

    @Override
    public String operationDoc(String operation) {
        return DOCS.get(operation);
    }

    @Override
    public int pinBias() {
        return GUP_PIN_COUNTING_BIAS;
    }

    // ------------------------------------------------------------------ names (mm/*.c of 5.10)

    @Override
    protected String cowFaultName() {
        return "do_cow_fault";
    }

    @Override
    protected String sharedFaultName() {
        return "do_shared_fault";
    }

    /** do_read_fault → do_fault_around → filemap_map_pages (mm/memory.c, mm/filemap.c, 5.10). */
    @Override
    protected boolean faultsAround() {
        return true;
    }

    @Override
    protected String readFaultName() {
        return "do_read_fault";
    }

    @Override
    protected String wpCopyName() {
        return "wp_page_copy";
    }

    /** mm/memory.c: wp_page_copy → cow_user_page (4.1–≥5.10; __wp_page_copy_user by 6.12). */
    @Override
    protected String copyUserPageName() {
        return "cow_user_page";
    }

    @Override
    protected String wpSharedName() {
        return "wp_page_shared";
    }

    /** mm/gup.c: follow_page_pte → try_grab_page (5.7–6.10; try_grab_folio in 6.12). */
    @Override
    protected String grabName() {
        return "try_grab_page";
    }

    @Override
    protected String grabDetail(GupFlags flags) {
        return flags.pin() ? "FOLL_PIN: refcount + GUP_PIN_COUNTING_BIAS" : "FOLL_GET: refcount + 1";
    }

    @Override
    public String reclaimPassName() {
        return "shrink_node";
    }

    @Override
    public String shrinkListName() {
        return "shrink_page_list";
    }

    @Override
    public String compactName() {
        return "compact_zone";
    }

    @Override
    public String mlockPageName() {
        return "mlock_vma_page";
    }

    @Override
    public String munlockPageName() {
        return "munlock_vma_page";
    }

    /** mm/mlock.c: munlock_vma_page → mm/rmap.c: try_to_munlock → try_to_unmap_one(TTU_MUNLOCK) (≤5.10–5.17): every VM_LOCKED VMA counts. */
    @Override
    public boolean munlockSkipsOwnMm() {
        return false;
    }

    /** mm/vmscan.c: shrink_page_list (≤5.10–6.1): !page_evictable → activate_locked (no cull_mlocked label). */
    @Override
    protected String cullFunction() {
        return "activate_locked";
    }

    // ------------------------------------------------------------------ anonymous faults

    @Override
    protected void markNewAnonExclusive(Frame f) {
        // no PageAnonExclusive before 5.19
    }

    /** mm/memory.c: do_anonymous_page (2.6.32–6.12): "Use the zero-page for reads". */
    @Override
    protected boolean readFaultMapsZeroPage() {
        return true;
    }

    /** mm/memory.c: do_wp_page (5.9–5.17): reuse only when page_count is 1 and one PTE maps it; else copy. */
    @Override
    protected boolean wpCanReuseAnonPage(Kernel k, Vma vma, Pte pte, Frame f) {
        return f.getRefcount() == 1 && f.getMapcount() == 1 && !f.isLocked();
    }

    @Override
    protected String reuseReason(Frame f) {
        return "do_wp_page: page_count " + f.getRefcount() + (f.getRefcount() == 1 ? " == 1" : " ≠ 1");
    }

    /** mm/memory.c: do_swap_page (2.6.29–5.17): as 2.6.31 — reuse_swap_page on a write fault; then try_to_free_swap. */
    @Override
    protected boolean swapInMapsWritable(Kernel k, Vma vma, Frame f, FaultKind kind, boolean exclusiveMarker, int slot) {
        return swapInReusesBySwapCount(k, vma, f, kind);
    }

    @Override
    protected void afterSwapIn(Kernel k, Vma vma, Frame f, int slot, FaultKind kind, boolean writable) {
        swapFreeThenTryToFreeSwap(k, vma, f, slot);
    }

    // ------------------------------------------------------------------ fork

    /**
     * mm/memory.c: copy_present_pte → copy_present_page (5.9–5.18): in a COW mapping of an mm that has pinned, a
     * maybe-pinned anonymous page is copied for the child now — with no exclusivity test, so also a page that
     * is already COW-shared; everything else is shared and write-protected as before.
     */
    @Override
    public void copyPte(Kernel k, Mm dstMm, Vma dstVma, Vma srcVma, Pte src) throws SyscallException {
        if (src.getKind() == PteKind.SWAP) {
            k.swapDuplicate(src.getSwapSlot()); // copy_nonpresent_pte → swap_duplicate
            k.setPteSwap(dstMm, src.getVpn(), src.getSwapSlot(), false);
            return;
        }
        Frame f = src.getFrame();
        if (f.isZeroPage()) {
            k.setPtePresent(dstMm, src.getVpn(), f, false, false); // vm_normal_page == NULL: no reference
            return;
        }
        if (Kernel.isCowMapping(srcVma) && PageTables.mmOf(src).isHasPinned() && maybeDmaPinned(f) && f.isAnon()) {
            copyPresentPage(k, dstMm, dstVma, src, f);
            return;
        }
        sharePresentPte(k, dstMm, srcVma, src, f);
        k.event("copy_present_pte", f, Kernel.isCowMapping(srcVma) ? "COW: both PTEs read-only, mapcount " + f.getMapcount()
                : "shared mapping: same frame");
    }

    // ------------------------------------------------------------------ GUP / pin

    /**
     * mm/gup.c: get_user_pages → is_valid_gup_flags (5.10–6.2): FOLL_LONGTERM needs FOLL_PIN. __gup_longterm_locked (5.1–5.12) →
     * check_and_migrate_cma_pages moves CMA pages only (the engine has none): a ZONE_MOVABLE page is pinned in place.
     */
    @Override
    public PinHandle getUserPages(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException {
        try (Call c = k.enter(flags.pin() ? "pin_user_pages" : "get_user_pages", null, flags.describe() + ": " + pages + " page(s)")) {
            if (flags.longterm() && !flags.pin()) {
                k.event("is_valid_gup_flags", null, "WARN_ON_ONCE: FOLL_LONGTERM without FOLL_PIN");
                throw new SyscallException(Errno.EINVAL, "is_valid_gup_flags: FOLL_LONGTERM needs FOLL_PIN (use pin_user_pages)");
            }
            if (!flags.longterm()) {
                return gupLoop(k, mm, startVpn, pages, flags);
            }
            try (Call locked = k.enter("__gup_longterm_locked", null)) {
                PinHandle h = gupLoop(k, mm, startVpn, pages, flags);
                k.event("check_and_migrate_cma_pages", null, "no CMA pages: pinned where they are (ZONE_MOVABLE included)");
                return h;
            }
        }
    }

    /** mm/gup.c: check_vma_flags (≤5.10–6.4): VM_WRITE / VM_READ (writable_file_mapping_allowed came with 6.5). */
    @Override
    protected void checkVmaFlags(Vma vma, GupFlags flags) throws SyscallException {
        requireVmaFlags(vma, flags.write());
    }

    /** mm/gup.c: follow_page_pte (≤5.10–5.18): fault what is not present or not writable for FOLL_WRITE; no unsharing before 5.19. */
    @Override
    protected Follow followPage(Kernel k, Vma vma, Pte pte, GupFlags flags) {
        if (pte == null || pte.getKind() != PteKind.PRESENT) {
            return Follow.FAULT;
        }
        return flags.write() && !pte.isWritable() ? Follow.FAULT : Follow.PAGE;
    }

    /** mm/gup.c: faultin_page (3.15–6.12). */
    @Override
    protected void faultinPage(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException {
        try (Call c = k.enter("faultin_page", null)) {
            handleMmFault(k, mm, vma, vpn, kind);
        }
    }

    /** mm/gup.c: try_grab_page (5.7–6.4 for the zero page): FOLL_GET +1, FOLL_PIN +GUP_PIN_COUNTING_BIAS — the zero page too. */
    @Override
    protected void grab(Kernel k, Mm mm, Frame page, GupFlags flags) {
        if (!flags.pin()) {
            k.getPage(page, 1);
            return;
        }
        mm.setHasPinned(true); // __get_user_pages_locked: atomic_set(&mm->has_pinned, 1)
        k.getPage(page, GUP_PIN_COUNTING_BIAS);
        if (!page.isZeroPage()) {
            page.setPincount(page.getPincount() + 1);
        }
    }

    /** put_page / mm/gup.c: unpin_user_page → put_compound_head(page, 1, FOLL_PIN) (5.7–≥5.10; gup_put_folio by 6.12). */
    @Override
    public void releaseUserPages(Kernel k, PinHandle h) {
        putUserPages(k, h, GUP_PIN_COUNTING_BIAS, true);
    }

    /**
     * mm/gup.c: get_user_pages sets FOLL_TOUCH, pin_user_pages only FOLL_PIN (5.6–6.12; 6.12's kernel-doc:
     * "FOLL_TOUCH is not set"): a write pin of a writable, clean PTE leaves the page clean.
     */
    @Override
    protected boolean gupTouches(GupFlags flags) {
        return !flags.pin();
    }

    // ------------------------------------------------------------------ reclaim

    /**
     * mm/vmscan.c: shrink_page_list (5.10.9–5.10.y; 5.11 upstream) for one isolated page, every page cold: a maybe-pinned anonymous page
     * is not added to the swap cache (5.10.9); try_to_unmap_one has no pin check and stops at a VM_LOCKED VMA
     * (mlock_vma_page); dirty file pages are left to kswapd, dirty shmem is written (page_is_file_lru is false).
     */
    @Override
    protected ReclaimResult shrinkIsolatedPage(Kernel k, Frame f) {
        if (f.isAnon() && !f.isSwapcache()) {
            if (maybeDmaPinned(f)) {
                k.event("shrink_page_list", f, "page_maybe_dma_pinned: not added to the swap cache (keep_locked)");
                return ReclaimResult.KEPT;
            }
            ReclaimResult noSlot = Reclaim.addToSwap(k, f);
            if (noSlot != null) {
                return noSlot;
            }
        }
        for (Pte pte : k.pageTables().mappers(f)) { // try_to_unmap → try_to_unmap_one
            Vma vma = k.findVma(PageTables.mmOf(pte), pte.getVpn());
            if (vma != null && vma.isLocked()) {
                f.setMlocked(true);
                return Reclaim.cull(k, f, "activate_locked", "try_to_unmap_one: VM_LOCKED → mlock_vma_page");
            }
            Reclaim.unmapOne(k, pte, f, false, "try_to_unmap_one");
        }
        if (f.isDirty()) {
            return Reclaim.directReclaimDirty(k, f); // page_is_file_lru && !current_is_kswapd (5.10)
        }
        return Reclaim.removeMapping(k, f, 2, "__remove_mapping");
    }

    // ------------------------------------------------------------------ migration, hot-remove, mprotect, madvise

    /** mm/migrate.c: unmap_and_move → __unmap_and_move → move_to_new_page (≤5.10–6.2). */
    @Override
    public String migrateMoveName() {
        return "unmap_and_move";
    }

    /** mm/migrate.c: unmap_and_move → migrate_page_move_mapping (≤2.6.31–5.18 for the missing pin test): the reference count decides. */
    @Override
    public Frame migratePage(Kernel k, Frame f, ZoneType target) throws SyscallException {
        return Migration.unmapAndMove(k, f, target, migrateMoveName(), "migrate_page_move_mapping");
    }

    /** mm/memory_hotplug.c: offline_pages (4.15–6.12): no timeout; retries until signal_pending → -EINTR. */
    @Override
    public SyscallException offlineGiveUp(long blockIndex, Frame stuck) {
        return offlineInterrupted(stuck);
    }

    /** mm/mprotect.c: change_pte_range (≤2.6.31–5.19): only dirty-accountable (shared writable) PTEs are made writable. */
    @Override
    public boolean mprotectMayMakeWritable(Kernel k, Vma vma, Pte pte) {
        return vma.isShared() && pte.isDirty();
    }

    /** mm/madvise.c: madvise_dontneed_free (≤5.10–5.17; the VM_LOCKED refusal holds ≤2.6.31–6.12): !can_madv_lru_vma (VM_LOCKED) → -EINVAL. */
    @Override
    public boolean dontneedRefused(Vma vma) {
        return vma.isLocked();
    }

    /** mm/mprotect.c: mprotect_fixup (4.5–6.12): "Private VM_LOCKED VMA becoming writable: trigger COW". */
    @Override
    public boolean mprotectPopulatesLockedPrivate() {
        return true;
    }
}
