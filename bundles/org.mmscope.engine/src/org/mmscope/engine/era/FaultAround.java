package org.mmscope.engine.era;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFile;
import org.mmscope.model.mm.Vma;

/**
 * The read fault of a file or shmem mapping in the eras that fault around (3.15+; here linux-5.10 and
 * linux-6.12): mmap read-around on a page-cache miss, then fault-around, which maps the neighbouring pages the
 * page cache already holds. Not used by linux-2.6.31, whose {@code __do_fault} maps only the faulting page.
 */
final class FaultAround {
    /** mm/memory.c fault_around_bytes (5.10) / fault_around_pages (6.12): 64 KiB. */
    static final int FAULT_AROUND_PAGES = 65536 >> 12;
    /** arch/x86 PTRS_PER_PTE: a page table maps 512 pages, and fault-around never crosses one. */
    static final int PTRS_PER_PTE = 512;
    /** include/linux/mm.h VM_READAHEAD_PAGES (128 KiB): a file's default ra_pages. */
    static final int RA_PAGES = 131072 >> 12;

    private FaultAround() {
    }

    /**
     * filemap_fault (mm/filemap.c, 5.10–6.12) on a page-cache miss of a regular file — for every file fault, a
     * write or COW fault too: {@link #readAround} first, then (with the mmap lock dropped for the I/O) VM_FAULT_RETRY,
     * so a retried read fault maps the neighbours even on a cold cache. shmem has no readahead: shmem_fault
     * allocates only the faulting page, and its holes are skipped by fault-around.
     */
    static void readAroundOnMiss(Kernel k, Vma vma, long vpn) throws SyscallException {
        MmFile file = vma.getFile();
        long index = vma.getFilePgoff() + (vpn - vma.getStartVpn());
        if (!file.isShmem() && k.findPageCachePage(file, index) == null) {
            readAround(k, file, index);
        }
    }

    /**
     * mm/filemap.c do_sync_mmap_readahead, "mmap read-around" (5.10–6.12): ra->start = pgoff − ra_pages/2,
     * ra->size = ra_pages, clipped to the file's last page (do_page_cache_ra); the pages not cached are read.
     * Not modelled: the PG_readahead mark on the page ra_pages/4 before the end (6.12 fault-around skips that
     * one until a fault on it starts async readahead; the 6.18 host mapped it too) and mmap_miss.
     */
    static void readAround(Kernel k, MmFile file, long index) throws SyscallException {
        long start = Math.max(0, index - RA_PAGES / 2);
        long end = Math.min(start + RA_PAGES, file.getPages());
        try (Call c = k.enter("do_sync_mmap_readahead", null, k.recording() ? "read-around of \"" + file.getName()
                + "\" pages " + start + ".." + (end - 1) : "")) {
            for (long i = start; i < end; i++) {
                if (k.findPageCachePage(file, i) == null) {
                    k.readPageCachePage(file, i, "page_cache_ra_unbounded");
                }
            }
        }
    }

    /**
     * mm/memory.c do_fault_around → filemap_map_pages (5.10–6.12): the window of fault_around_pages PTEs aligned
     * in the virtual address space, clipped to the VMA and the page table; every cached page in it whose PTE is
     * none and whose index is inside the file (i_size) is mapped read-only, one mapping and one reference each
     * (set_pte_range / alloc_set_pte). Returns whether the faulting page itself was mapped.
     */
    static boolean doFaultAround(Kernel k, Mm mm, Vma vma, long vpn) {
        long pteOff = vpn % PTRS_PER_PTE;
        long vmaOff = vpn - vma.getStartVpn();
        long fromPte = Math.max(pteOff - pteOff % FAULT_AROUND_PAGES, pteOff - Math.min(pteOff, vmaOff));
        long toPte = Math.min(Math.min(fromPte + FAULT_AROUND_PAGES, PTRS_PER_PTE), pteOff + (vma.getEndVpn() - vma.getStartVpn()) - vmaOff)
                - 1;
        MmFile file = vma.getFile();
        boolean mappedFaulting = false;
        try (Call c = k.enter("do_fault_around", null)) {
            for (long pte = fromPte; pte <= toPte; pte++) {
                long at = vpn - pteOff + pte;
                long index = vma.getFilePgoff() + (at - vma.getStartVpn());
                Frame page = index < file.getPages() ? k.findPageCachePage(file, index) : null;
                if (page == null || page.isReclaim() || Kernel.shmemWrittenOut(page) || k.pageTables().get(mm, at) != null) {
                    // next_uptodate_folio: not cached, a shmem hole or swap entry, beyond i_size, PG_readahead (the
                    // PG_reclaim bit of a dirty page reclaim left to writeback); or !pte_none
                    continue;
                }
                k.getPage(page, 1);
                page.setMapcount(page.getMapcount() + 1);
                k.setPtePresent(mm, at, page, false, false);
                k.event("filemap_map_pages", page,
                        "mapped page-cache page " + index + " at 0x" + Long.toHexString(at << 12) + " read-only");
                mappedFaulting |= at == vpn;
            }
        }
        return mappedFaulting;
    }
}
