package org.mmscope.engine.era;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;
import org.mmscope.model.mm.ZoneType;

/**
 * Linux 6.12: FOLL_PIN with GUP_PIN_COUNTING_BIAS, PageAnonExclusive and unsharing, early COW of pinned pages
 * at fork, refcount-based COW reuse, pinned pages kept out of the swap cache, FOLL_LONGTERM migration out of
 * ZONE_MOVABLE, offline that retries until interrupted. Sources: mm/gup.c, mm/memory.c, mm/vmscan.c, mm/rmap.c,
 * mm/migrate.c, mm/memory_hotplug.c, mm/mprotect.c, include/linux/mm.h, include/linux/rmap.h of 6.12.
 */
public final class Linux612 extends BaseEra {
    public static final String NAME = "linux-6.12";
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

    /** include/linux/mm.h: folio_maybe_dma_pinned (5.7–6.12 as page_/folio_) for a small folio: refcount ≥ GUP_PIN_COUNTING_BIAS. */
    private static boolean folioMaybeDmaPinned(Frame f) {
        return f.getRefcount() >= GUP_PIN_COUNTING_BIAS;
    }

    /** include/linux/mm.h: folio_needs_cow_for_dma (5.12–6.12 as page_/folio_): MMF_HAS_PINNED and maybe pinned. */
    private static boolean folioNeedsCowForDma(Mm srcMm, Frame f) {
        return srcMm.isHasPinned() && folioMaybeDmaPinned(f);
    }

    @Override
    protected void markNewAnonExclusive(Frame f) {
        f.setAnonExclusive(true); // folio_add_new_anon_rmap: RMAP_EXCLUSIVE
    }

    @Override
    protected String cowFaultName() {
        return "do_cow_fault";
    }

    @Override
    protected String wpCopyName() {
        return "wp_page_copy";
    }

    /** mm/memory.c: wp_page_copy → __wp_page_copy_user (≤6.12; cow_user_page in 5.10). */
    @Override
    protected String copyUserPageName() {
        return "__wp_page_copy_user";
    }

    @Override
    protected String wpSharedName() {
        return "wp_page_shared";
    }

    /** mm/gup.c: follow_page_pte → try_grab_folio (6.11–6.12), for FOLL_GET and FOLL_PIN. */
    @Override
    protected String grabName() {
        return "try_grab_folio";
    }

    @Override
    protected String grabDetail(GupFlags flags) {
        return flags.pin() ? "FOLL_PIN: refcount + GUP_PIN_COUNTING_BIAS" : "FOLL_GET: refcount + 1";
    }

    /** mm/gup.c: __get_user_pages → faultin_page → handle_mm_fault (3.15–6.12). */
    @Override
    protected void faultinPage(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException {
        try (Call c = k.enter("faultin_page", null)) {
            handleMmFault(k, mm, vma, vpn, kind);
        }
    }

    /** mm/vmscan.c: shrink_node → shrink_lruvec → shrink_inactive_list → shrink_folio_list (6.2–6.12 by these names). */
    @Override
    public String reclaimPassName() {
        return "shrink_node";
    }

    @Override
    public String shrinkListName() {
        return "shrink_folio_list";
    }

    /** mm/compaction.c: compact_zone (2.6.35–6.12). */
    @Override
    public String compactName() {
        return "compact_zone";
    }

    /** mm/mlock.c: mlock_folio / munlock_folio (6.2–6.12 by these names; the mlock_count scheme since 5.18). */
    @Override
    public String mlockPageName() {
        return "mlock_folio";
    }

    @Override
    public String munlockPageName() {
        return "munlock_folio";
    }

    /** mm/mlock.c: __munlock_folio (5.18–6.12): mlock_count counts every VM_LOCKED mapping. */
    @Override
    public boolean munlockSkipsOwnMm() {
        return false;
    }

    private static final java.util.Map<String, String> DOCS = java.util.Map.of(
            "get_user_pages",
            "`mm/gup.c __get_user_pages` → `try_grab_folio` (refcount +1); invisible to `folio_maybe_dma_pinned`, so fork "
                    + "does not copy early and reclaim may still unmap the page; with `longterm`: EINVAL (`is_valid_gup_args`).",
            "pin_user_pages",
            "`mm/gup.c try_grab_folio`; a read-only pin of a shared anon page unshares first (`gup_must_unshare`); `longterm` "
                    + "migrates pages out of ZONE_MOVABLE (`__gup_longterm_locked`) and faults new ones in outside it (`memalloc_pin_save`); "
                    + "no FOLL_TOUCH: a write pin does not dirty the page.",
            "fork",
            "`copy_present_ptes`; a maybe-pinned exclusive anon page is copied for the child at once (`copy_present_page`), the parent "
                    + "keeps its page.",
            "reclaim",
            "`shrink_folio_list`: maybe-pinned folios are not added to the swap cache; `try_to_unmap_one` refuses pinned exclusive "
                    + "anon pages; dirty shmem is written (`shmem_writepage`).",
            "offline", "retries until interrupted (EINTR), after moving every page that can move.",
            "write", "COW reuse when the page is PageAnonExclusive, or `wp_can_reuse_anon_folio` finds refcount 1.");

    @Override
    public String operationDoc(String operation) {
        return DOCS.get(operation);
    }

    @Override
    public int pinBias() {
        return GUP_PIN_COUNTING_BIAS;
    }

    @Override
    public boolean maybeDmaPinned(Frame f) {
        return folioMaybeDmaPinned(f);
    }

    @Override
    protected String sharedFaultName() {
        return "do_shared_fault";
    }

    /** do_read_fault → should_fault_around → do_fault_around → filemap_map_pages (mm/memory.c, mm/filemap.c, 6.12). */
    @Override
    protected boolean faultsAround() {
        return true;
    }

    @Override
    protected String readFaultName() {
        return "do_read_fault";
    }

    /** mm/memory.c: do_anonymous_page (2.6.32–6.12): a read fault maps the shared zero page read-only. */
    @Override
    protected boolean readFaultMapsZeroPage() {
        return true;
    }

    /** mm/memory.c: do_wp_page (5.19–6.12): PageAnonExclusive → reuse; else wp_can_reuse_anon_folio (6.7–6.12; the rule since 5.18): refcount == 1. */
    @Override
    protected boolean wpCanReuseAnonPage(Kernel k, Vma vma, Pte pte, Frame f) {
        if (f.isAnonExclusive()) {
            return true;
        }
        if (f.getRefcount() > 1 + (f.isSwapcache() ? 1 : 0) || f.isLocked()) {
            return false;
        }
        if (f.isSwapcache()) {
            Reclaim.tryToFreeSwap(k, f); // mm/swapfile.c: folio_free_swap (≤6.12 by this name; try_to_free_swap in 5.10)
        }
        if (f.getRefcount() != 1) {
            return false;
        }
        f.setAnonExclusive(true); // folio_move_anon_rmap + SetPageAnonExclusive
        return true;
    }

    @Override
    protected String reuseReason(Frame f) {
        return "PageAnonExclusive / wp_can_reuse_anon_folio (refcount " + f.getRefcount() + ")";
    }

    /**
     * mm/memory.c: do_swap_page (5.19–6.12): swap_free, should_try_to_free_swap, then map writable when the swap entry
     * carried the exclusive marker or the refcount proves exclusivity.
     */
    @Override
    protected boolean swapInMapsWritable(Kernel k, Vma vma, Frame f, FaultKind kind, boolean exclusiveMarker, int slot) {
        k.swapFree(slot);
        // mm/memory.c: do_swap_page → should_try_to_free_swap (5.18–6.12): mem_cgroup_swap_full (vm_swap_full), VM_LOCKED,
        // mlocked, or a write fault on a folio nobody else references
        boolean shouldTryToFreeSwap = f.isSwapcache() && (k.swap().full() || vma.isLocked() || f.isMlocked()
                || (kind == FaultKind.WRITE && f.getRefcount() == 2));
        if (shouldTryToFreeSwap) {
            Reclaim.tryToFreeSwap(k, f); // mm/swapfile.c: folio_free_swap (≤6.12 by this name; try_to_free_swap in 5.10)
        }
        boolean exclusive = exclusiveMarker || f.getRefcount() == 1;
        if (exclusive) {
            f.setAnonExclusive(true);
        }
        return exclusive && vma.isWrite();
    }

    @Override
    protected void afterSwapIn(Kernel k, Vma vma, Frame f, int slot, FaultKind kind, boolean writable) {
        // swap_free already done before mapping, as 6.12 does
    }

    // ------------------------------------------------------------------ fork

    /** mm/memory.c: copy_present_ptes (6.8–6.12; the exclusive-page rule since 5.19) / copy_nonpresent_pte (5.9–6.12). */
    @Override
    public void copyPte(Kernel k, Mm dstMm, Vma dstVma, Vma srcVma, Pte src) throws SyscallException {
        Mm srcMm = PageTables.mmOf(src);
        if (src.getKind() == PteKind.SWAP) {
            k.swapDuplicate(src.getSwapSlot()); // swap_duplicate; the entry is now shared
            src.setSwapExclusive(false);
            k.setPteSwap(dstMm, src.getVpn(), src.getSwapSlot(), false);
            return;
        }
        Frame f = src.getFrame();
        if (f.isZeroPage()) {
            k.setPtePresent(dstMm, src.getVpn(), f, false, false);
            return;
        }
        if (f.isAnon() && f.isAnonExclusive() && folioNeedsCowForDma(srcMm, f)) {
            copyPresentPage(k, dstMm, dstVma, src, f); // folio_try_dup_anon_rmap_pte → -EBUSY
            return;
        }
        if (f.isAnon()) {
            f.setAnonExclusive(false); // folio_try_dup_anon_rmap_pte: ClearPageAnonExclusive
        }
        sharePresentPte(k, dstMm, srcVma, src, f);
        k.event("copy_present_ptes", f, Kernel.isCowMapping(srcVma) ? "COW: both PTEs read-only, PageAnonExclusive cleared"
                : "shared mapping: same frame");
    }

    // ------------------------------------------------------------------ GUP / pin

    /** mm/gup.c: __gup_longterm_locked (5.13–6.12 for ZONE_MOVABLE): pin, then move unpinnable (ZONE_MOVABLE) pages and retry. */
    @Override
    public PinHandle getUserPages(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException {
        try (Call c = k.enter(flags.pin() ? "pin_user_pages" : "get_user_pages", null, flags.describe() + ": " + pages + " page(s)")) {
            if (flags.longterm() && !flags.pin()) { // mm/gup.c get_user_pages → is_valid_gup_args (6.3–6.12)
                k.event("is_valid_gup_args", null, "WARN_ON_ONCE: FOLL_LONGTERM without FOLL_PIN");
                throw new SyscallException(Errno.EINVAL, "is_valid_gup_args: FOLL_LONGTERM needs FOLL_PIN (use pin_user_pages)");
            }
            if (!flags.longterm()) {
                return gupLoop(k, mm, startVpn, pages, flags);
            }
            try (Call locked = k.enter("__gup_longterm_locked", null)) {
                // memalloc_pin_save: pages faulted in by a long-term pin come from ZONE_NORMAL (5.13–6.12)
                return withMemallocPin(() -> gupLongterm(k, mm, startVpn, pages, flags));
            }
        }
    }

    private PinHandle gupLongterm(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException {
        PinHandle h = gupLoop(k, mm, startVpn, pages, flags);
        List<Frame> unpinnable = new ArrayList<>();
        for (long pfn : h.getPfns()) {
            Frame f = k.frames().get(pfn);
            if (!f.isZeroPage() && f.getZone() == ZoneType.MOVABLE && !unpinnable.contains(f)) {
                unpinnable.add(f); // collect_longterm_unpinnable_folios: !folio_is_longterm_pinnable
            }
        }
        if (unpinnable.isEmpty()) {
            return h;
        }
        try (Call c = k.enter("migrate_longterm_unpinnable_folios", null, unpinnable.size() + " page(s) in ZONE_MOVABLE")) {
            releaseUserPages(k, h); // migrate_longterm_unpinnable_folios drops every pin of the batch
            for (Frame f : unpinnable) {
                Frame moved;
                try {
                    moved = migratePage(k, f, ZoneType.NORMAL);
                } catch (SyscallException e) {
                    moved = null;
                }
                if (moved == null) {
                    throw new SyscallException(Errno.ENOMEM, "migrate_longterm_unpinnable_folios: pfn " + f.getPfn()
                            + " in ZONE_MOVABLE could not be migrated");
                }
                k.event("migrate_longterm_unpinnable_folios", moved, "pfn " + f.getPfn() + " was in ZONE_MOVABLE: moved to pfn "
                        + moved.getPfn() + " (ZONE_NORMAL) before the long-term pin");
            }
        }
        return gupLoop(k, mm, startVpn, pages, flags); // -EAGAIN → retry the whole GUP
    }

    /** mm/gup.c: check_vma_flags incl. writable_file_mapping_allowed (6.5–6.12). */
    @Override
    protected void checkVmaFlags(Vma vma, GupFlags flags) throws SyscallException {
        requireVmaFlags(vma, flags.write());
        boolean dirtyTracked = vma.getFile() != null && vma.isShared() && !vma.getFile().isShmem();
        if (flags.write() && flags.pin() && flags.longterm() && dirtyTracked) {
            throw new SyscallException(Errno.EFAULT, "writable_file_mapping_allowed: FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE"
                    + " on a file mapping that needs dirty tracking");
        }
    }

    /** mm/gup.c: follow_page_pte with mm/internal.h: gup_must_unshare (5.19–6.12). */
    @Override
    protected Follow followPage(Kernel k, Vma vma, Pte pte, GupFlags flags) {
        if (pte == null || pte.getKind() != PteKind.PRESENT) {
            return Follow.FAULT;
        }
        if (flags.write() && !pte.isWritable()) {
            return Follow.FAULT;
        }
        if (!pte.isWritable() && gupMustUnshare(vma, flags, pte.getFrame())) {
            return Follow.UNSHARE;
        }
        return Follow.PAGE;
    }

    /** mm/internal.h: gup_must_unshare (5.19–6.12): a read-only FOLL_PIN of a page that is not exclusively ours. */
    private static boolean gupMustUnshare(Vma vma, GupFlags flags, Frame page) {
        if (flags.write() || !flags.pin()) {
            return false;
        }
        if (!page.isAnon()) {
            return flags.longterm() && Kernel.isCowMapping(vma);
        }
        return !page.isAnonExclusive();
    }

    /** mm/gup.c: try_grab_folio (6.11–6.12; the zero-page rule since 6.5): FOLL_GET +1, FOLL_PIN +GUP_PIN_COUNTING_BIAS; pinning the zero page is a no-op. */
    @Override
    protected void grab(Kernel k, Mm mm, Frame page, GupFlags flags) {
        if (!flags.pin()) {
            k.getPage(page, 1);
            return;
        }
        mm.setHasPinned(true); // mm_set_has_pinned_flag
        if (page.isZeroPage()) {
            return;
        }
        k.getPage(page, GUP_PIN_COUNTING_BIAS);
        page.setPincount(page.getPincount() + 1);
    }

    /** put_page / mm/gup.c: unpin_user_page → gup_put_folio (5.17–6.12). */
    @Override
    public void releaseUserPages(Kernel k, PinHandle h) {
        putUserPages(k, h, GUP_PIN_COUNTING_BIAS, false);
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

    /** mm/vmscan.c: shrink_folio_list (6.4–6.12 for the pinned-after-unmap check) for one isolated folio, every folio cold (direct reclaim). */
    @Override
    protected ReclaimResult shrinkIsolatedPage(Kernel k, Frame f) {
        for (Pte pte : k.pageTables().mappers(f)) { // folio_check_references → folio_referenced_one
            Vma vma = k.findVma(PageTables.mmOf(pte), pte.getVpn());
            if (vma != null && vma.isLocked()) {
                f.setMlocked(true);
                return Reclaim.cull(k, f, "activate_locked", "folio_referenced_one: VM_LOCKED → mlock_vma_folio");
            }
        }
        if (f.isAnon() && !f.isSwapcache()) {
            if (folioMaybeDmaPinned(f)) {
                k.event("shrink_folio_list", f, "folio_maybe_dma_pinned: not added to the swap cache (keep)");
                return ReclaimResult.KEPT;
            }
            ReclaimResult noSlot = Reclaim.addToSwap(k, f);
            if (noSlot != null) {
                return noSlot;
            }
        }
        for (Pte pte : k.pageTables().mappers(f)) { // try_to_unmap → try_to_unmap_one
            boolean exclusive = f.isAnon() && f.isAnonExclusive();
            if (exclusive && folioMaybeDmaPinned(f)) {
                // folio_try_share_anon_rmap_pte refuses: PTE restored, walk aborted
                return Reclaim.activate(k, f, "try_to_unmap_one: folio_try_share_anon_rmap_pte -EBUSY (maybe pinned)");
            }
            if (exclusive) {
                f.setAnonExclusive(false);
            }
            Reclaim.unmapOne(k, pte, f, exclusive, "try_to_unmap_one");
        }
        if (folioMaybeDmaPinned(f)) {
            return Reclaim.activate(k, f, "shrink_folio_list: folio_maybe_dma_pinned after unmap");
        }
        if (f.isDirty()) {
            return Reclaim.directReclaimDirty(k, f); // folio_is_file_lru && !current_is_kswapd (6.12)
        }
        return Reclaim.removeMapping(k, f, 2, "__remove_mapping");
    }

    @Override
    protected String cullFunction() {
        return "activate_locked";
    }

    // ------------------------------------------------------------------ migration and hot-remove

    /** mm/migrate.c: migrate_folio_move (6.3–6.12, after migrate_folio_unmap in migrate_pages_batch). */
    @Override
    public String migrateMoveName() {
        return "migrate_folio_move";
    }

    /**
     * mm/migrate.c: migrate_folio_unmap → mm/rmap.c: try_to_migrate_one (5.19–6.12): a maybe-pinned exclusive anon page cannot lose
     * exclusivity, so it is never unmapped; otherwise folio_migrate_mapping compares with folio_expected_refs.
     */
    @Override
    public Frame migratePage(Kernel k, Frame f, ZoneType target) throws SyscallException {
        if (f.isAnon() && f.isAnonExclusive() && folioMaybeDmaPinned(f)) {
            k.event("try_to_migrate_one", f, "folio_try_share_anon_rmap_pte -EBUSY (maybe pinned): -EAGAIN after "
                    + Migration.PASSES + " retries, never unmapped");
            return null;
        }
        return Migration.unmapAndMove(k, f, target, migrateMoveName(), "folio_migrate_mapping");
    }

    /** mm/memory_hotplug.c: offline_pages (4.15–6.12): no timeout; retries until the writer is signalled. */
    @Override
    public SyscallException offlineGiveUp(long blockIndex, Frame stuck) {
        return offlineInterrupted(stuck);
    }

    /** mm/mprotect.c: can_change_pte_writable (6.0–6.12): exclusive anon pages, or dirty PTEs of shared mappings. */
    @Override
    public boolean mprotectMayMakeWritable(Kernel k, Vma vma, Pte pte) {
        if (pte.getKind() != PteKind.PRESENT) {
            return false;
        }
        if (!vma.isShared()) {
            return pte.getFrame().isAnon() && pte.getFrame().isAnonExclusive();
        }
        return pte.isDirty();
    }

    /** mm/madvise.c: madvise_dontneed_free_valid_vma (5.18–6.12): VM_LOCKED (without MADV_DONTNEED_LOCKED) → -EINVAL. */
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
