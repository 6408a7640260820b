package org.mmscope.engine.era;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.Vma;

/**
 * The rules of one kernel version. Each method stands for one kernel path and names it; everything that does
 * not differ between versions (VMA bookkeeping, zap, the LRU walk) lives outside the era. A new era is one
 * class implementing this interface (usually by extending {@link BaseEra}) plus its tests.
 */
public interface KernelEra {
    /** The name used in scenario files, e.g. {@code linux-6.12}. */
    String name();

    EraFeatures features();

    /** handle_mm_fault(): resolves a fault at {@code vpn} (already checked against the VMA's protection). */
    void handleMmFault(Kernel k, Mm mm, Vma vma, long vpn, FaultKind kind) throws SyscallException;

    /** copy_one_pte (2.6.31) / copy_present_ptes + copy_nonpresent_pte (6.12): fork copies one entry. */
    void copyPte(Kernel k, Mm dstMm, Vma dstVma, Vma srcVma, Pte srcPte) throws SyscallException;

    /** __get_user_pages() with the era's pinning rules (and __gup_longterm_locked where it exists). */
    PinHandle getUserPages(Kernel k, Mm mm, long startVpn, long pages, GupFlags flags) throws SyscallException;

    /** put_page() for every page of a FOLL_GET handle, unpin_user_pages() for a FOLL_PIN one. */
    void releaseUserPages(Kernel k, PinHandle h);

    /** shrink_page_list / shrink_folio_list for one page, under heavy pressure (every page is cold). */
    ReclaimResult shrinkPage(Kernel k, Frame f);

    /**
     * unmap_and_move (2.6.31) / migrate_pages_batch (6.12) for one page, with the era's retries.
     * Returns the new frame, or null when the page could not be moved (-EAGAIN).
     */
    Frame migratePage(Kernel k, Frame f, org.mmscope.model.mm.ZoneType target) throws SyscallException;

    /**
     * The function whose recorded call means a page's contents moved to a new frame (by migrate, compact or offline):
     * the call is about the old frame and names the new one. What the debugger's "migrated" event looks for.
     */
    String migrateMoveName();

    /** How offline_pages() ends when a page in the block cannot be migrated. */
    SyscallException offlineGiveUp(long blockIndex, Frame stuck);

    /** Whether mprotect() may make this present PTE writable right away (can_change_pte_writable). */
    boolean mprotectMayMakeWritable(Kernel k, Vma vma, Pte pte);

    /**
     * Whether mprotect making a private VM_LOCKED VMA writable breaks COW at once (mprotect_fixup →
     * populate_vma_page_range; after 3.10, so not in 2.6.31).
     */
    boolean mprotectPopulatesLockedPrivate();

    /** madvise(MADV_DONTNEED) refusal (madvise_dontneed_free_valid_vma / madvise_dontneed). */
    boolean dontneedRefused(Vma vma);

    /** The function of one direct-reclaim pass over the LRU lists: shrink_zone (2.6.31), shrink_node (6.12). */
    String reclaimPassName();

    /** The function that decides one page's fate in reclaim: shrink_page_list / shrink_folio_list. */
    String shrinkListName();

    /** What the {@code compact} step runs in this era (compact_zone, or a stand-in where compaction does not exist). */
    String compactName();

    /**
     * Whether mlock faults the pages of this VMA in for writing: every VM_WRITE VMA in 2.6.31
     * (__mlock_vma_pages_range), only private writable ones since 2.6.38 (populate_vma_page_range).
     */
    boolean mlockFaultsInForWrite(Vma vma);

    /** The function that mlocks one page: mlock_vma_page (2.6.31), mlock_folio (6.12). */
    String mlockPageName();

    /** The function that munlocks one page: munlock_vma_page (2.6.31), munlock_folio (6.12). */
    String munlockPageName();

    /** Whether munlock's rmap walk skips the caller's own mm (2.6.31 try_to_mlock_page's failing trylock). */
    boolean munlockSkipsOwnMm();

    /**
     * What this era's kernel does for a scenario operation keyword ({@code fork}, {@code get_user_pages}, ...),
     * in one Markdown line naming its functions (the editor's hover), or null when it does nothing particular.
     */
    String operationDoc(String operation);

    /** What one FOLL_PIN adds to the refcount (GUP_PIN_COUNTING_BIAS; 1 in eras without FOLL_PIN). */
    int pinBias();

    /** folio_maybe_dma_pinned(): whether the kernel itself can tell the frame may be pinned (false before 5.7). */
    boolean maybeDmaPinned(Frame f);
}
