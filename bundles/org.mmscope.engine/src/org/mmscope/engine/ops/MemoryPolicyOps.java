package org.mmscope.engine.ops;

import java.util.List;

import org.mmscope.engine.era.FaultKind;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;

/** mlock/munlock, mprotect and madvise: flag changes on the covering VMA part and what they do to pages. */
public final class MemoryPolicyOps {
    private MemoryPolicyOps() {
    }

    /**
     * mm/mlock.c mlock_fixup + populate: VM_LOCKED, then the pages are faulted in (with FOLL_WRITE for a private
     * writable VMA, so COW is broken up front; in 2.6.31 for every writable VMA: KernelEra.mlockFaultsInForWrite),
     * marked PG_mlocked and moved to the unevictable list. No reference is kept: mlock does not pin.
     */
    public static void mlock(Kernel k, Op.Range r, boolean lock) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        k.touchPages(pages.count()); // mlock faults every page in, munlock looks at every one
        Mm mm = pages.process().getMm();
        for (Vma v : Vmas.splitRange(k, mm, pages.start(), pages.end(), x -> x.isLocked() != lock)) {
            v.setLocked(lock);
            // a VMA left whole (its flags did not change) reaches past the range: only the range is populated
            for (long vpn = Math.max(v.getStartVpn(), pages.start()); vpn < Math.min(v.getEndVpn(), pages.end()); vpn++) {
                if (lock) {
                    boolean write = k.era().mlockFaultsInForWrite(v);
                    Pte pte = populate(k, mm, vpn, write);
                    Frame f = pte.getFrame();
                    if (!f.isZeroPage() && !f.isMlocked()) {
                        f.setMlocked(true); // mlock_vma_page / mlock_folio
                        k.lruAdd(f, LruList.UNEVICTABLE);
                        k.event(k.era().mlockPageName(), f, "PG_mlocked, unevictable; no reference kept");
                    }
                } else {
                    Pte pte = k.pageTables().get(mm, vpn);
                    if (pte != null && pte.getKind() == PteKind.PRESENT && pte.getFrame().isMlocked()) {
                        munlockPage(k, mm, pte.getFrame());
                    }
                }
            }
        }
    }

    /**
     * The fault-in of mlock (2.6.31 __mlock_vma_pages_range, 5.10/6.12 populate_vma_page_range): a GUP, not a CPU
     * access, so a page it cannot fault (a PROT_NONE mapping: no FOLL_FORCE, check_vma_flags → EFAULT) fails the
     * system call the way __mlock_posix_error_return maps it — EFAULT → ENOMEM, ENOMEM → EAGAIN — never with
     * SIGSEGV; the VMA stays VM_LOCKED (found by the differential campaign, docs/LIVE.md; read in all three eras).
     */
    private static Pte populate(Kernel k, Mm mm, long vpn, boolean write) throws SyscallException {
        try {
            return ProcessOps.access(k, mm, vpn, write ? FaultKind.WRITE : FaultKind.READ);
        } catch (SyscallException e) {
            if (e.errno() == Errno.ENOMEM) {
                throw new SyscallException(Errno.EAGAIN, "mlock: " + e.getMessage());
            }
            throw new SyscallException(Errno.ENOMEM, "mlock: the pages cannot be faulted in (" + e.getMessage() + ")");
        }
    }

    /**
     * munlock_vma_page → try_to_munlock (mm/rmap.c, 2.6.31): another mm's VM_LOCKED VMA that maps the page
     * re-mlocks it (the caller's own mm is skipped: its mmap_sem is held, try_to_mlock_page's trylock fails);
     * munlock_folio → __munlock_folio (mm/mlock.c, 6.12): the folio stays mlocked while its mlock_count (one per
     * VM_LOCKED mapping) is not zero.
     */
    private static void munlockPage(Kernel k, Mm mm, Frame f) {
        if (k.mappedInLockedVma(f, k.era().munlockSkipsOwnMm() ? mm : null)) {
            k.event(k.era().munlockPageName(), f, "another VM_LOCKED mapping maps it: stays PG_mlocked, unevictable");
            return;
        }
        f.setMlocked(false);
        k.lruAdd(f, Kernel.inactiveListOf(f));
        k.event(k.era().munlockPageName(), f, "back on the evictable LRU");
    }

    /** mm/mprotect.c mprotect_fixup → change_protection. A COW-shared page never becomes writable here. */
    public static void mprotect(Kernel k, Op.Range r, Op.Prot prot) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        Mm mm = pages.process().getMm();
        boolean read = prot != Op.Prot.NONE;
        boolean write = prot == Op.Prot.READ_WRITE;
        for (Vma v : Vmas.splitRange(k, mm, pages.start(), pages.end(), x -> x.isRead() != read || x.isWrite() != write)) {
            if (v.isRead() == read && v.isWrite() == write) {
                continue; // mprotect_fixup: newflags == oldflags, nothing to do
            }
            boolean lockedPrivateGainsWrite = !v.isWrite() && !v.isShared() && v.isLocked() && prot == Op.Prot.READ_WRITE;
            v.setRead(prot != Op.Prot.NONE);
            v.setWrite(prot == Op.Prot.READ_WRITE);
            for (Pte pte : k.pageTables().range(mm, v.getStartVpn(), v.getEndVpn())) {
                if (pte.getKind() != PteKind.PRESENT) {
                    continue;
                }
                if (!v.isWrite()) {
                    pte.setWritable(false);
                } else if (!pte.isWritable() && k.era().mprotectMayMakeWritable(k, v, pte)) {
                    pte.setWritable(true);
                }
            }
            if (lockedPrivateGainsWrite && k.era().mprotectPopulatesLockedPrivate()) {
                // mm/mprotect.c mprotect_fixup (5.10, 6.12): "Private VM_LOCKED VMA becoming writable: trigger COW"
                // — populate_vma_page_range with FOLL_WRITE; its result is ignored
                for (long vpn = v.getStartVpn(); vpn < v.getEndVpn(); vpn++) {
                    try {
                        ProcessOps.access(k, mm, vpn, FaultKind.WRITE);
                    } catch (SyscallException e) {
                        break;
                    }
                }
            }
        }
        k.event("mprotect_fixup", null, r + " → " + prot);
    }

    /** mm/madvise.c madvise_behavior / madvise_vma_behavior. */
    public static void madvise(Kernel k, Op.Range r, Op.Advice advice) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        Mm mm = pages.process().getMm();
        // madvise_vma_behavior (6.12) / madvise_vma (2.6.31, 5.10): only advice that changes vm_flags splits the VMA
        // (madvise_update_vma / madvise_behavior); MADV_DONTNEED and MADV_PAGEOUT act on the pages and leave it whole
        boolean changesFlags = advice != Op.Advice.DONTNEED && advice != Op.Advice.PAGEOUT;
        List<Vma> vmas = changesFlags ? Vmas.splitRange(k, mm, pages.start(), pages.end(), v -> switch (advice) {
        case DONTFORK -> !v.isDontcopy();
        case DOFORK -> v.isDontcopy();
        default -> !v.isWipeonfork() && !v.isShared() && v.getFile() == null; // MADV_WIPEONFORK: EINVAL before any split
        }) : Vmas.coveringRange(k, mm, pages.start(), pages.end());
        switch (advice) {
        case DONTFORK, DOFORK -> {
            for (Vma v : vmas) {
                v.setDontcopy(advice == Op.Advice.DONTFORK); // VM_DONTCOPY
            }
            k.event("madvise_behavior", null, "MADV_" + advice + " on " + r);
        }
        case WIPEONFORK -> {
            if (!k.era().features().wipeOnFork()) {
                throw new SyscallException(Errno.EINVAL, "MADV_WIPEONFORK is unknown to " + k.era().name());
            }
            // mm/madvise.c madvise_walk_vmas (6.12): one VMA at a time; the first error ends the call
            for (Vma v : vmas) {
                if (v.isShared() || v.getFile() != null) {
                    throw new SyscallException(Errno.EINVAL, "MADV_WIPEONFORK: only private anonymous mappings");
                }
                v.setWipeonfork(true);
            }
            k.event("madvise_vma_behavior", null, "MADV_WIPEONFORK on " + r);
        }
        case DONTNEED -> {
            // mm/madvise.c sys_madvise loop (2.6.31) / madvise_walk_vmas (6.12): one VMA at a time, so the VMAs
            // before a refused one are already zapped when the call fails
            for (Vma v : vmas) {
                if (k.era().dontneedRefused(v)) {
                    throw new SyscallException(Errno.EINVAL, "MADV_DONTNEED on a VM_LOCKED mapping");
                }
                try (Call c = k.enter("madvise_dontneed", null, "zap 0x" + Long.toHexString(v.getStartVpn() << 12))) {
                    // zap_page_range: no pin check in any era
                    k.zapRange(mm,
                            k.pageTables().range(mm, Math.max(pages.start(), v.getStartVpn()), Math.min(pages.end(), v.getEndVpn())));
                }
            }
        }
        case PAGEOUT -> {
            if (!k.era().features().madvPageout()) {
                throw new SyscallException(Errno.EINVAL, "MADV_PAGEOUT is unknown to " + k.era().name());
            }
            for (Vma v : vmas) {
                if (v.isLocked()) {
                    // mm/madvise.c madvise_pageout: !can_madv_lru_vma → -EINVAL; the VMAs before it were paged out
                    throw new SyscallException(Errno.EINVAL, "MADV_PAGEOUT on a VM_LOCKED mapping");
                }
                for (Pte pte : k.pageTables().range(mm, Math.max(pages.start(), v.getStartVpn()), Math.min(pages.end(), v.getEndVpn()))) {
                    if (pte.getKind() != PteKind.PRESENT) {
                        continue;
                    }
                    Frame f = pte.getFrame();
                    if (f.isZeroPage() || f.getMapcount() != 1) {
                        continue; // madvise_cold_or_pageout_pte_range: skips shared folios
                    }
                    try (Call c = k.enter("reclaim_pages", f)) {
                        k.era().shrinkPage(k, f); // reclaim_pages → shrink_folio_list
                    }
                }
            }
            k.event("madvise_pageout", null, "paged out " + r);
        }
        }
    }
}
