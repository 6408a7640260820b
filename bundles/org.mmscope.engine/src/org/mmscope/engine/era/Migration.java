package org.mmscope.engine.era;

import java.util.List;

import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.ZoneType;

/** The move itself (mm/migrate.c), shared by every era: migration entries, the reference check, the copy. */
final class Migration {
    /** migrate_pages(): NR_MAX_MIGRATE_PAGES_RETRY / the 2.6.31 pass count. */
    static final int PASSES = 10;

    private Migration() {
    }

    /**
     * Isolates {@code f}, replaces its PTEs by migration entries, checks the reference count against what the
     * page's mappings and caches explain, and either moves it to a new frame or puts every PTE back.
     * Returns the new frame, or null (-EAGAIN) when the count shows extra references.
     */
    static Frame unmapAndMove(Kernel k, Frame f, ZoneType target, String unmapFunction, String moveFunction) throws SyscallException {
        k.getPage(f, 1); // isolate_lru_page
        List<Pte> ptes = k.pageTables().mappers(f);
        int n = ptes.size();
        f.setMapcount(f.getMapcount() - n); // try_to_unmap(TTU_MIGRATION): migration entries hold no reference
        f.setRefcount(f.getRefcount() - n);
        int expected = 1 + (f.isSwapcache() || f.getFile() != null ? 1 : 0);
        if (f.getRefcount() != expected) {
            f.setMapcount(f.getMapcount() + n); // remove_migration_ptes(page, page)
            f.setRefcount(f.getRefcount() + n);
            k.event(moveFunction, f, "refcount " + f.getRefcount() + " ≠ expected " + (expected + n)
                    + " (extra references): -EAGAIN after " + PASSES + " passes, PTEs restored to the old frame");
            k.putPage(f, 1);
            return null;
        }
        Frame nf;
        try {
            nf = k.allocPages(target);
        } catch (SyscallException e) {
            f.setMapcount(f.getMapcount() + n);
            f.setRefcount(f.getRefcount() + n);
            k.putPage(f, 1);
            throw e;
        }
        copyPage(k, f, nf);
        nf.setRefcount(n + expected - 1);
        nf.setMapcount(n);
        for (Pte pte : ptes) {
            k.setPtePresent(PageTables.mmOf(pte), pte.getVpn(), nf, pte.isWritable(), pte.isDirty());
        }
        f.setRefcount(1);
        f.setMlocked(false);
        k.event(unmapFunction, f, "moved to pfn " + nf.getPfn() + " (" + n + " PTE(s) rewritten)");
        k.putPage(f, 1);
        return nf;
    }

    /** migrate_page_copy (2.6.31) / folio_migrate_flags + folio_migrate_mapping (6.12). */
    private static void copyPage(Kernel k, Frame from, Frame to) {
        to.setContent(Contents.copy(from.getContent()));
        to.setAnon(from.isAnon());
        to.setDirty(from.isDirty());
        to.setMlocked(from.isMlocked());
        to.setAnonExclusive(from.isAnonExclusive());
        k.lruAdd(to, from.getLru());
        if (from.isSwapcache()) {
            to.setSwapcache(true);
            to.setSwapSlot(from.getSwapSlot());
            k.slot(from.getSwapSlot()).setCacheFrame(to);
            from.setSwapcache(false);
            from.setSwapSlot(-1);
        }
        if (from.getFile() != null) {
            to.setFile(from.getFile());
            to.setFileIndex(from.getFileIndex());
            int i = from.getFile().getPageCache().indexOf(from);
            from.getFile().getPageCache().set(i, to);
            from.setFile(null);
        }
        from.setAnonExclusive(false);
    }
}
