package org.mmscope.engine.era;

import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.HandleKind;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.SwapSlot;
import org.mmscope.model.mm.Vma;
import org.mmscope.model.mm.ZoneType;

/**
 * The fault paths of mm/memory.c that have the same shape in every era (handle_pte_fault and its callees);
 * the decisions that changed between versions are the abstract hooks.
 */
public abstract class BaseEra implements KernelEra {
    /** Inside memalloc_pin_save()/memalloc_pin_restore() (PF_MEMALLOC_PIN): set only while a long-term GUP runs. */
    private boolean memallocPin;

    /** mm/memory.c: handle_mm_fault → handle_pte_fault (≤2.6.31–6.12). */
    @Override
    public void handleMmFault(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException {
        String what = k.recording() ? kind.name().toLowerCase() + " fault at 0x" + Long.toHexString(vpn << 12) + " in "
                + Kernel.processOf(mm).getName() : "";
        try (Call c = k.enter("handle_mm_fault", null, what); Call pteFault = k.enter("handle_pte_fault", null)) {
            handlePteFault(k, mm, vma, vpn, kind);
        }
    }

    /** handle_pte_fault(): dispatch on what the PTE holds. */
    private void handlePteFault(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException {
        Pte pte = k.pageTables().get(mm, vpn);
        if (pte == null) {
            if (vma.getFile() == null) {
                doAnonymousPage(k, mm, vma, vpn, kind != FaultKind.READ);
            } else {
                doFault(k, mm, vma, vpn, kind);
            }
            return;
        }
        if (pte.getKind() == PteKind.SWAP) {
            doSwapPage(k, mm, vma, pte, kind);
            return;
        }
        if (kind != FaultKind.READ && !pte.isWritable()) {
            doWpPage(k, mm, vma, pte, kind == FaultKind.UNSHARE);
            return;
        }
        pte.setYoung(true);
        if (kind == FaultKind.WRITE) {
            pte.setDirty(true);
        }
    }

    // ---------------------------------------------------------------- anonymous memory

    /** do_anonymous_page(): a write fault (and in 2.6.31 also a read fault) gets a new zeroed private page. */
    protected void doAnonymousPage(Kernel k, Mm mm, Vma vma, long vpn, boolean write) throws SyscallException {
        if (!write && readFaultMapsZeroPage()) {
            Frame zero = zeroPageFor(k);
            k.setPtePresent(mm, vpn, zero, false, false);
            k.event("do_anonymous_page", zero, "read fault: shared zero page mapped read-only");
            return;
        }
        Frame f = allocAnonPage(k);
        vma.setHasAnonVma(true);
        f.setMapcount(1); // the allocation's reference is the mapping's
        markNewAnonExclusive(f);
        k.setPtePresent(mm, vpn, f, vma.isWrite(), vma.isWrite());
        k.event("do_anonymous_page", f, "new zeroed page for " + Long.toHexString(vpn << 12) + (write ? " (write)" : " (read)"));
    }

    /**
     * alloc_page_vma(GFP_HIGHUSER_MOVABLE, …) for a new anonymous page: ZONE_MOVABLE first — except inside
     * memalloc_pin_save (include/linux/sched/mm.h: current_gfp_context (5.13–6.12): PF_MEMALLOC_PIN clears
     * __GFP_MOVABLE), where the page comes from ZONE_NORMAL.
     */
    private Frame allocAnonPage(Kernel k) throws SyscallException {
        if (!memallocPin) {
            return k.allocAnonPage();
        }
        Frame f = k.allocPages(ZoneType.NORMAL);
        f.setAnon(true);
        k.lruAdd(f, LruList.INACTIVE_ANON);
        return f;
    }

    /** Runs a long-term GUP inside memalloc_pin_save()/memalloc_pin_restore() (mm/gup.c: __gup_longterm_locked (5.13–6.12)). */
    protected final <T> T withMemallocPin(PinScope<T> body) throws SyscallException {
        boolean saved = memallocPin;
        memallocPin = true;
        try {
            return body.run();
        } finally {
            memallocPin = saved;
        }
    }

    /** The body of {@link #withMemallocPin}. */
    protected interface PinScope<T> {
        T run() throws SyscallException;
    }

    /**
     * mm/gup.c: populate_vma_page_range (2.6.38–6.12): FOLL_WRITE only for private writable VMAs (break COW now;
     * shared pages are not dirtied for nothing).
     */
    @Override
    public boolean mlockFaultsInForWrite(Vma vma) {
        return vma.isWrite() && !vma.isShared();
    }

    /** mm/rmap.c: page_add_new_anon_rmap / folio_add_new_anon_rmap (5.19–6.12) also set PageAnonExclusive (RMAP_EXCLUSIVE). */
    protected abstract void markNewAnonExclusive(Frame f);

    /** do_anonymous_page: whether a read fault maps the shared zero page (not between 2.6.24 and 2.6.32). */
    protected abstract boolean readFaultMapsZeroPage();

    /**
     * mm/swapfile.c: reuse_swap_page (2.6.29–5.17; do_wp_page used it until 5.8): reuse iff mapcount (+ swap
     * count when in the swap cache) is 1 — page_count, and so a GUP reference, is not looked at; a reusable page
     * leaves the swap cache.
     */
    protected static boolean reuseSwapPage(Kernel k, Frame f, int mapcount) {
        int count = mapcount;
        if (count <= 1 && f.isSwapcache()) {
            count += k.swap().count(f.getSwapSlot());
            if (count == 1) {
                k.deleteFromSwapCache(f); // delete_from_swap_cache + SetPageDirty
                f.setDirty(true);
                k.putPage(f, 1);
            }
        }
        return count == 1;
    }

    /** mm/memory.c: do_swap_page (2.6.29–5.17): a write fault maps the page writable when reuse_swap_page() says so. */
    protected static boolean swapInReusesBySwapCount(Kernel k, Vma vma, Frame f, FaultKind kind) {
        return kind == FaultKind.WRITE && vma.isWrite() && reuseSwapPage(k, f, f.getMapcount());
    }

    /**
     * mm/memory.c: do_swap_page (≤2.6.31–5.17): swap_free, then try_to_free_swap when swap is more than half full
     * (vm_swap_full / mem_cgroup_swap_full), the VMA is VM_LOCKED or the page is mlocked.
     */
    protected static void swapFreeThenTryToFreeSwap(Kernel k, Vma vma, Frame f, int slot) {
        k.swapFree(slot);
        if (k.swap().full() || vma.isLocked() || f.isMlocked()) {
            Reclaim.tryToFreeSwap(k, f);
        }
    }

    /**
     * put_page for every frame of a FOLL_GET handle, unpin (refcount − {@code pinBias}, one pin fewer) for a
     * FOLL_PIN one. {@code zeroPagePinned}: whether a FOLL_PIN took references on the shared zero page (5.10
     * try_grab_page), so that unpinning gives them back; 6.12's try_grab_folio does not pin it (mm/gup.c:
     * gup_put_folio skips it, 6.5–6.12). A FOLL_GET reference on the zero page is put back in every era.
     */
    protected static void putUserPages(Kernel k, PinHandle h, int pinBias, boolean zeroPagePinned) {
        for (long pfn : h.getPfns()) {
            Frame f = k.frames().get(pfn);
            if (f == null || f.isZeroPage() && h.getKind() == HandleKind.PIN && !zeroPagePinned) {
                continue;
            }
            if (h.getKind() == HandleKind.PIN) {
                if (!f.isZeroPage()) {
                    f.setPincount(f.getPincount() - 1);
                }
                k.putPage(f, pinBias);
            } else {
                k.putPage(f, 1);
            }
        }
        h.setReleased(true);
    }

    /** mm/memory_hotplug.c: offline_pages without a timeout (4.15–6.12): it retries until the writer is signalled — EINTR. */
    protected static SyscallException offlineInterrupted(Frame stuck) {
        return new SyscallException(Errno.EINTR, "offline_pages: pfn " + stuck.getPfn()
                + " keeps failing to migrate; retried until interrupted (engine retry budget exhausted)");
    }

    /**
     * The ordinary fork copy of a present PTE (copy_one_pte / copy_present_pte): one more reference and mapping,
     * and in a COW mapping both PTEs write-protected. Returns the child's PTE.
     */
    protected static Pte sharePresentPte(Kernel k, Mm dstMm, Vma srcVma, Pte src, Frame f) {
        if (Kernel.isCowMapping(srcVma) && src.isWritable()) {
            src.setWritable(false); // ptep_set_wrprotect on the parent
        }
        k.getPage(f, 1);
        f.setMapcount(f.getMapcount() + 1); // page_dup_rmap
        Pte dst = k.setPtePresent(dstMm, src.getVpn(), f, src.isWritable(), !srcVma.isShared() && src.isDirty());
        dst.setYoung(false);
        return dst;
    }

    /** mm/memory.c: copy_present_page (5.9–6.12): a maybe-pinned anonymous page is copied for the child at fork. */
    protected void copyPresentPage(Kernel k, Mm dstMm, Vma dstVma, Pte src, Frame f) throws SyscallException {
        Frame copy = allocAnonPage(k);
        copy.setContent(Contents.copy(f.getContent()));
        copy.setMapcount(1);
        markNewAnonExclusive(copy);
        dstVma.setHasAnonVma(true);
        k.setPtePresent(dstMm, src.getVpn(), copy, dstVma.isWrite(), true);
        k.event("copy_present_page", copy, "pfn " + f.getPfn() + " may be DMA-pinned: the child gets copy pfn "
                + copy.getPfn() + " now; the parent keeps its page writable");
    }

    // ---------------------------------------------------------------- file-backed memory

    /** __do_fault (2.6.31) / do_read_fault, do_cow_fault, do_shared_fault (6.12). */
    protected void doFault(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException {
        boolean cow = kind != FaultKind.READ && !vma.isShared();
        String name = cow ? cowFaultName() : kind == FaultKind.WRITE && vma.isShared() ? sharedFaultName() : readFaultName();
        try (Call c = k.enter(name, null)) {
            doFault(k, mm, vma, vpn, kind, cow, c);
        }
    }

    private void doFault(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind, boolean cow, Call c) throws SyscallException {
        if (faultsAround()) {
            FaultAround.readAroundOnMiss(k, vma, vpn); // filemap_fault → do_sync_mmap_readahead
            if (kind == FaultKind.READ && FaultAround.doFaultAround(k, mm, vma, vpn)) {
                return; // do_read_fault: VM_FAULT_NOPAGE, fault-around mapped the faulting page too
            }
        }
        long index = vma.getFilePgoff() + (vpn - vma.getStartVpn());
        Frame page = k.findOrReadPageCachePage(vma.getFile(), index);
        if (cow) {
            Frame copy = allocAnonPage(k);
            copy.setContent(Contents.copy(page.getContent()));
            copy.setMapcount(1);
            markNewAnonExclusive(copy);
            vma.setHasAnonVma(true);
            k.setPtePresent(mm, vpn, copy, kind == FaultKind.WRITE && vma.isWrite(), true);
            if (k.recording()) {
                c.about(copy.getPfn()).detail("private copy of page-cache page pfn " + page.getPfn());
            }
            return;
        }
        k.getPage(page, 1);
        page.setMapcount(page.getMapcount() + 1);
        boolean write = kind == FaultKind.WRITE && vma.isShared();
        if (write) {
            page.setDirty(true);
        }
        k.setPtePresent(mm, vpn, page, write, write);
        if (k.recording()) {
            c.about(page.getPfn()).detail("mapped page-cache page " + index);
        }
    }

    /**
     * do_read_fault → do_fault_around (mm/memory.c, 3.15+): whether a read fault maps the cached neighbours (and, in
     * the engine, whether a file fault's page-cache miss reads around; see {@link FaultAround}).
     */
    protected abstract boolean faultsAround();

    protected abstract String cowFaultName();

    /** The function that copies on a write fault: null when inline in do_wp_page (2.6.31), wp_page_copy (6.12). */
    protected abstract String wpCopyName();

    /** The function that copies the bytes of the page: cow_user_page (2.6.31), __wp_page_copy_user (6.12). */
    protected abstract String copyUserPageName();

    /** The function that makes a shared mapping writable: null when inline in do_wp_page (2.6.31), wp_page_shared (6.12). */
    protected abstract String wpSharedName();

    protected abstract String sharedFaultName();

    protected abstract String readFaultName();

    // ---------------------------------------------------------------- write-protect faults

    /** do_wp_page(): a write (or an unshare request) on a present, read-only PTE. */
    protected void doWpPage(Kernel k, Mm mm, Vma vma, Pte pte, boolean unshareOnly) throws SyscallException {
        try (Call c = k.enter("do_wp_page", pte.getFrame(), unshareOnly ? "unshare" : "")) {
            doWpPage(k, mm, vma, pte, unshareOnly, c);
        }
    }

    private void doWpPage(Kernel k, Mm mm, Vma vma, Pte pte, boolean unshareOnly, Call c) throws SyscallException {
        Frame old = pte.getFrame();
        if (vma.isShared() && !old.isZeroPage()) {
            if (unshareOnly) {
                return; // nothing to unshare in a shared mapping
            }
            pte.setWritable(true); // wp_page_shared: the fs already agreed (page_mkwrite)
            pte.setDirty(true);
            old.setDirty(true);
            if (wpSharedName() != null) {
                k.event(wpSharedName(), old, "shared mapping made writable");
            } else {
                c.detail("shared mapping made writable");
            }
            return;
        }
        if (old.isAnon() && !old.isZeroPage() && wpCanReuseAnonPage(k, vma, pte, old)) {
            if (!unshareOnly) {
                pte.setWritable(true);
                pte.setDirty(true);
            }
            if (k.recording()) {
                c.detail((unshareOnly ? "unshare: " : "") + "reuse: " + reuseReason(old));
            }
            return;
        }
        if (k.recording()) {
            c.detail((unshareOnly ? "unshare: " : "") + (old.isZeroPage() ? "the zero page: copy" : "copy, no reuse: " + reuseReason(old)));
        }
        wpPageCopy(k, mm, vma, pte, unshareOnly);
    }

    /** The era's reuse rule: reuse_swap_page (mapcount, 2.6.31) or PageAnonExclusive / refcount (6.12). */
    protected abstract boolean wpCanReuseAnonPage(Kernel k, Vma vma, Pte pte, Frame f);

    protected abstract String reuseReason(Frame f);

    /** wp_page_copy(): copy to a new private page; the faulting PTE maps the copy. */
    protected void wpPageCopy(Kernel k, Mm mm, Vma vma, Pte pte, boolean unshareOnly) throws SyscallException {
        try (Call c = wpCopyName() == null ? Call.NONE : k.enter(wpCopyName(), pte.getFrame())) {
            Frame copy = copyPage(k, mm, vma, pte, unshareOnly);
            c.about(copy.getPfn());
        }
    }

    private Frame copyPage(Kernel k, Mm mm, Vma vma, Pte pte, boolean unshareOnly) throws SyscallException {
        Frame old = pte.getFrame();
        Frame copy = allocAnonPage(k);
        String what = k.recording() ? (unshareOnly ? "unshare: " : "") + "copied pfn " + old.getPfn() + " → pfn " + copy.getPfn() : "";
        try (Call c = k.enter(copyUserPageName(), copy, what)) {
            copy.setContent(Contents.copy(old.getContent()));
        }
        copy.setMapcount(1);
        markNewAnonExclusive(copy);
        vma.setHasAnonVma(true);
        k.setPtePresent(mm, pte.getVpn(), copy, !unshareOnly && vma.isWrite(), !unshareOnly);
        if (!old.isZeroPage()) {
            k.pageRemoveRmap(old);
            k.putPage(old, 1);
        }
        return copy;
    }

    // ---------------------------------------------------------------- swap-in

    /** do_swap_page(): the same frame from the swap cache, or a new one read from the slot. */
    protected void doSwapPage(Kernel k, Mm mm, Vma vma, Pte pte, FaultKind kind) throws SyscallException {
        try (Call c = k.enter("do_swap_page", null, k.recording() ? "swap entry " + pte.getSwapSlot() : "")) {
            Frame f = swapIn(k, mm, vma, pte, kind);
            c.about(f.getPfn());
        }
    }

    private Frame swapIn(Kernel k, Mm mm, Vma vma, Pte pte, FaultKind kind) throws SyscallException {
        int index = pte.getSwapSlot();
        boolean exclusiveMarker = pte.isSwapExclusive();
        SwapSlot slot = k.slot(index);
        Frame f = slot.getCacheFrame();
        if (f != null) {
            k.getPage(f, 1); // lookup_swap_cache: the reference the new mapping will own
            k.event("lookup_swap_cache", f, "swap-cache hit for slot " + index + ": same frame, no I/O");
        } else {
            f = allocAnonPage(k); // swapin_readahead → read_swap_cache_async
            f.setContent(Contents.copy(slot.getContent()));
            k.addToSwapCache(f, slot);
            k.event("swap_readpage", f, "read slot " + index + " into a new frame");
        }
        if (f.getLru() == LruList.NONE) {
            k.lruAdd(f, LruList.ACTIVE_ANON);
        }
        vma.setHasAnonVma(true);
        boolean writable = swapInMapsWritable(k, vma, f, kind, exclusiveMarker, index);
        f.setMapcount(f.getMapcount() + 1);
        k.setPtePresent(mm, pte.getVpn(), f, writable, writable && kind == FaultKind.WRITE);
        afterSwapIn(k, vma, f, index, kind, writable);
        if (kind == FaultKind.WRITE && !writable) {
            doWpPage(k, mm, vma, k.pageTables().get(mm, pte.getVpn()), false);
        }
        return f;
    }

    /** Decides, before the page is mapped (mapcount not yet raised), whether the swapped-in page is mapped writable (era rule). */
    protected abstract boolean swapInMapsWritable(Kernel k, Vma vma, Frame f, FaultKind kind, boolean exclusiveMarker, int slot);

    /** swap_free() and the era's try_to_free_swap / folio_free_swap policy. */
    protected abstract void afterSwapIn(Kernel k, Vma vma, Frame f, int slot, FaultKind kind, boolean writable);

    // ---------------------------------------------------------------- helpers

    protected static void requireVmaFlags(Vma vma, boolean write) throws SyscallException {
        if (vma == null) {
            throw new SyscallException(Errno.EFAULT, "no VMA at the address");
        }
        if (write ? !vma.isWrite() : !vma.isRead()) {
            throw new SyscallException(Errno.EFAULT, "VMA lacks " + (write ? "VM_WRITE" : "VM_READ"));
        }
    }

    // ---------------------------------------------------------------- get_user_pages

    /** What follow_page() found for one address. */
    protected enum Follow {
        /** a page to grab */
        PAGE,
        /** fault it in (handle_mm_fault with the GUP's write flag) */
        FAULT,
        /** an unshare fault first (FAULT_FLAG_UNSHARE, 5.19+) */
        UNSHARE
    }

    /** The __get_user_pages() loop: follow_page, fault and retry, grab. Partial failure releases what was taken. */
    protected PinHandle gupLoop(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException {
        try (Call c = k.enter("__get_user_pages", null, k.recording() ? flags.describe() + ", " + pages + " page(s)" : "")) {
            return getUserPagesLoop(k, mm, startVpn, pages, flags);
        }
    }

    private PinHandle getUserPagesLoop(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException {
        PinHandle h = MmFactory.eINSTANCE.createPinHandle();
        h.setKind(flags.pin() ? HandleKind.PIN : HandleKind.GET);
        h.setWrite(flags.write());
        h.setLongterm(flags.longterm());
        h.setOwner(Kernel.processOf(mm));
        h.setStartVpn(startVpn);
        try {
            for (long vpn = startVpn; vpn < startVpn + pages; vpn++) {
                Vma vma = k.findVma(mm, vpn);
                checkVmaFlags(vma, flags);
                Frame page = null;
                for (int attempt = 0; attempt < 4 && page == null; attempt++) {
                    Pte pte = k.pageTables().get(mm, vpn);
                    Follow what = followPage(k, vma, pte, flags);
                    switch (what) {
                    case PAGE -> page = pte == null ? zeroPageFor(k) : pte.getFrame();
                    case FAULT -> faultinPage(k, mm, vma, vpn, flags.write() ? FaultKind.WRITE : FaultKind.READ);
                    case UNSHARE -> faultinPage(k, mm, vma, vpn, FaultKind.UNSHARE);
                    }
                }
                if (page == null) {
                    throw new SyscallException(Errno.EFAULT, "follow_page kept failing at " + Long.toHexString(vpn << 12));
                }
                grab(k, mm, page, flags);
                k.event(grabName(), page, grabDetail(flags));
                h.getPfns().add(page.getPfn());
                Pte pte = k.pageTables().get(mm, vpn);
                if (flags.write() && gupTouches(flags) && pte != null && !page.isZeroPage()) {
                    page.setDirty(true); // follow_page(_pte) with FOLL_TOUCH|FOLL_WRITE: set_page_dirty
                }
            }
        } catch (SyscallException e) {
            releaseUserPages(k, h);
            throw e;
        }
        return h;
    }

    /**
     * Whether the call sets FOLL_TOUCH, so that a FOLL_WRITE lookup marks the page dirty: always in 2.6.31
     * (__get_user_pages); since 5.6 pin_user_pages sets only FOLL_PIN (its kernel-doc: "FOLL_TOUCH is not set").
     */
    protected abstract boolean gupTouches(GupFlags flags);

    /** faultin_page(): the GUP's fault (2.6.31 calls handle_mm_fault inline in __get_user_pages). */
    protected void faultinPage(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException {
        handleMmFault(k, mm, vma, vpn, kind);
    }

    /** The function that takes the GUP's reference on one page: get_page (2.6.31), try_grab_folio (6.12). */
    protected abstract String grabName();

    /** What the grab added to the counters. */
    protected abstract String grabDetail(GupFlags flags);

    protected static Frame zeroPageFor(Kernel k) {
        return k.frames().get(0);
    }

    /** check_vma_flags (6.12) / the VMA checks at the top of __get_user_pages' loop (2.6.31). */
    protected abstract void checkVmaFlags(Vma vma, GupFlags flags) throws SyscallException;

    /** follow_page / follow_page_pte with the era's rules. */
    protected abstract Follow followPage(Kernel k, Vma vma, Pte pte, GupFlags flags);

    /** get_page (FOLL_GET) / try_grab_folio (FOLL_PIN). */
    protected abstract void grab(Kernel k, Mm mm, Frame page, GupFlags flags);

    // ---------------------------------------------------------------- reclaim

    /**
     * shrink_page_list / shrink_folio_list for one page: isolated from the LRU, an mlocked page goes to the
     * unevictable list (every era); the rest is the era's. (A page under writeback would be kept, but swap and
     * file writes complete within the step, so PG_writeback is never seen.)
     */
    @Override
    public final ReclaimResult shrinkPage(Kernel k, Frame f) {
        k.getPage(f, 1); // isolate_lru_page / folio_isolate_lru
        try {
            if (f.isMlocked()) {
                return Reclaim.cull(k, f, cullFunction(), "page_evictable / folio_evictable: PG_mlocked");
            }
            return shrinkIsolatedPage(k, f);
        } finally {
            Reclaim.putback(k, f);
        }
    }

    /** The era's checks after the common ones, on an isolated page. */
    protected abstract ReclaimResult shrinkIsolatedPage(Kernel k, Frame f);

    /** The function that moves a page to the unevictable list in this era. */
    protected abstract String cullFunction();
}
