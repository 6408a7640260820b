package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmFile;
import org.mmscope.model.mm.ZoneType;

/** The disagreements the self-audit (docs/AUDIT.md) found between the engine and its eras' sources, each per era. */
class AuditFixesTest {
    private static final String A = "linux-2.6.31";
    private static final String M = "linux-5.10";
    private static final String B = "linux-6.12";
    private static final String[] ERAS = { A, M, B };

    private static MmFile shmem(Sim t) {
        return t.s.state().getFiles().stream().filter(MmFile::isShmem).findFirst().orElseThrow();
    }

    /**
     * mm/shmem.c: shmem_writepage (2.6.31–6.12): without swap the page is redirtied and pageout answers
     * PAGE_ACTIVATE, so reclaim never frees a dirty shmem page (2.6.31 used to write it to the file and free it).
     */
    @Test
    void aDirtyShmemPageWithoutSwapIsNeverFreedInAnyEra() {
        for (String era : ERAS) {
            Sim t = new Sim(era, MachineSpec.defaults().swap(0).process("parent"));
            t.step(new Op.MmapAnon("parent", "buf", 1, true, true, true));
            t.write("parent", "buf", "shm");
            t.step(new Op.Reclaim(0));
            t.step(new Op.Reclaim(0));
            assertEquals(1, shmem(t).getPageCache().size(), era + ": shmem_writepage has no swap to write to");
            Frame f = shmem(t).getPageCache().get(0);
            assertTrue(f.isDirty(), era + ": redirtied, not cleaned by a write to nowhere");
            assertEquals(Kernel.activeListOf(f), f.getLru(), era + ": AOP_WRITEPAGE_ACTIVATE → activate_locked");
            t.assertReads("parent", "buf", "shm");
        }
    }

    /**
     * mm/vmscan.c: pageout (2.6.31–6.12) asks is_page_cache_freeable before ->writepage: a shmem page with an
     * extra reference is PAGE_KEEP (stays on its inactive list), not activated by shmem_writepage's swap check.
     */
    @Test
    void aShmemPageWithAnExtraReferenceIsKeptNotActivatedWithoutSwap() {
        for (String era : ERAS) {
            Sim t = new Sim(era, MachineSpec.defaults().swap(0).process("parent").device("nic"));
            t.step(new Op.MmapAnon("parent", "buf", 1, true, true, true));
            t.write("parent", "buf", "shm");
            t.gup("parent", "buf", "ref", Op.GupCall.GET_USER_PAGES, false, false);
            t.step(new Op.Reclaim(0));
            Frame f = shmem(t).getPageCache().get(0);
            assertEquals(Kernel.inactiveListOf(f), f.getLru(), era + ": refcount 3 ≠ 2 → PAGE_KEEP before shmem_writepage is asked");
        }
    }

    /**
     * mm/gup.c: pin_user_pages sets FOLL_PIN but not FOLL_TOUCH (5.6–6.12), so a write pin of a writable, clean
     * PTE does not dirty the page; a device write through it and an unpin without _dirty_lock leave a clean page
     * that reclaim frees, and the next read swaps the old data back in (SEMANTICS R6.3). In 6.12 a read swap-in
     * of an exclusive page maps it writable and clean; 2.6.31 (FOLL_TOUCH) and 5.10 (the write pin faults: the
     * PTE is read-only after a read swap-in, and do_wp_page copies) end with a dirty page.
     */
    @Test
    void aWritePinOfACleanWritablePageDoesNotDirtyItIn612() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "old");
            t.step(new Op.Reclaim(0)); // swapped out and written
            t.step(new Op.Reclaim(0)); // freed
            t.step(new Op.Read(Op.Range.all("parent", "buf"))); // swap-in by a read fault
            t.gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false).map("rx").dmaWrite("rx", "new");
            t.step(new Op.DmaUnmap("nic", "rx"));
            t.step(new Op.Release("parent", "rx"));
            t.step(new Op.Reclaim(0));
            t.step(new Op.Reclaim(0));
            t.assertReads("parent", "buf", era.equals(B) ? "old" : "new");
        }
    }

    /** get_user_pages keeps FOLL_TOUCH in every era: the same write GUP dirties the page, so the device's data survives. */
    @Test
    void aWriteGetUserPagesDirtiesThePageInEveryEra() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "old");
            t.step(new Op.Reclaim(0));
            t.step(new Op.Reclaim(0));
            t.step(new Op.Read(Op.Range.all("parent", "buf")));
            t.gup("parent", "buf", "rx", Op.GupCall.GET_USER_PAGES, true, false).map("rx").dmaWrite("rx", "new");
            t.step(new Op.DmaUnmap("nic", "rx"));
            t.step(new Op.Release("parent", "rx"));
            t.step(new Op.Reclaim(0));
            t.step(new Op.Reclaim(0));
            t.assertReads("parent", "buf", "new");
        }
    }

    /**
     * mm/gup.c: __gup_longterm_locked → memalloc_pin_save (5.13–6.12): a long-term pin of untouched memory faults
     * its pages in outside ZONE_MOVABLE, so nothing has to be migrated; 5.10 (memalloc_nocma_save only) pins
     * them in ZONE_MOVABLE.
     */
    @Test
    void aLongtermPinOfUntouchedMemoryFaultsItInOutsideZoneMovable() {
        MachineSpec spec = MachineSpec.defaults().ram(256L << 20).zone(ZoneType.NORMAL, 128L << 20).zone(ZoneType.MOVABLE, 128L << 20)
                .process("parent").device("nic");
        for (String era : new String[] { M, B }) {
            Sim t = new Sim(era, spec).mmap("parent", "buf", 2);
            TraceStep pin = t.step(new Op.Gup("rx", Op.Range.all("parent", "buf"), Op.GupCall.PIN_USER_PAGES, true, true));
            t.assertErrno(null);
            ZoneType expected = era.equals(B) ? ZoneType.NORMAL : ZoneType.MOVABLE;
            assertTrue(t.s.state().getFrames().stream().filter(f -> !f.isZeroPage()).allMatch(f -> f.getZone() == expected),
                    era + ": the pinned pages are in " + expected);
            assertFalse(calls(pin, "migrate_longterm_unpinnable_folios"), era + ": nothing to migrate");
            assertEquals(2, t.s.state().getFrames().stream().filter(f -> !f.isZeroPage()).count(), era + ": no page allocated twice");
            assertTrue(t.holds(new Expect.Pinned(Sim.page("parent", "buf", 1), true)), era);
        }
    }

    /** Pages already in ZONE_MOVABLE when the long-term pin comes are still migrated out in 6.12 (the rule above is only for new pages). */
    @Test
    void aLongtermPinOfPresentPagesStillMigratesThemIn612() {
        MachineSpec spec = MachineSpec.defaults().ram(256L << 20).zone(ZoneType.NORMAL, 128L << 20).zone(ZoneType.MOVABLE, 128L << 20)
                .process("parent").device("nic");
        Sim t = new Sim(B, spec).mmap("parent", "buf", 1).write("parent", "buf", "d");
        TraceStep pin = t.step(new Op.Gup("rx", Op.Range.all("parent", "buf"), Op.GupCall.PIN_USER_PAGES, true, true));
        assertTrue(calls(pin, "migrate_longterm_unpinnable_folios"));
        assertTrue(t.holds(new Expect.Moved(Sim.page("parent", "buf", 0), true)));
        t.assertReads("parent", "buf", "d");
    }

    /**
     * mm/mlock.c: __mlock_vma_pages_range (≤2.6.31–2.6.37) write-faults every VM_WRITE VMA, shared ones too, so
     * mlock dirties a shared file mapping's page-cache pages; populate_vma_page_range (2.6.38–6.12) write-faults
     * only private writable VMAs and leaves them clean.
     */
    @Test
    void mlockOfASharedWritableFileMappingDirtiesItsPagesOnlyIn2631() {
        for (String era : ERAS) {
            Sim t = new Sim(era, MachineSpec.defaults().process("parent"));
            t.step(new Op.MmapFile("parent", "f", "data", 1, true, true, true));
            t.step(new Op.Read(Op.Range.all("parent", "f")));
            t.step(new Op.Mlock(Op.Range.all("parent", "f"), true));
            t.assertErrno(null);
            MmFile file = t.s.state().getFiles().stream().filter(x -> x.getName().equals("data")).findFirst().orElseThrow();
            assertEquals(era.equals(A), file.getPageCache().get(0).isDirty(), era + ": mlock write-faulted the shared page");
            assertTrue(file.getPageCache().get(0).isMlocked(), era);
        }
    }

    /**
     * mm/gup.c: try_grab_folio takes a FOLL_GET reference on the zero page too and put_page gives it back
     * (5.7–6.12); only a FOLL_PIN of the zero page takes nothing in 6.12 (6.5–6.12). The engine's 6.12 release
     * skipped the zero page for both, so a get_user_pages of a zero-page mapping left the frame's refcount raised.
     */
    @Test
    void putPageGivesBackAGetUserPagesReferenceOnTheZeroPage() {
        for (String era : new String[] { M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1);
            t.step(new Op.Read(Op.Range.all("parent", "buf")));
            Frame zero = t.s.state().getFrames().stream().filter(Frame::isZeroPage).findFirst().orElseThrow();
            int before = zero.getRefcount();
            t.gup("parent", "buf", "rx", Op.GupCall.GET_USER_PAGES, false, false);
            assertEquals(before + 1, zero.getRefcount(), era + ": FOLL_GET referenced the zero page");
            t.step(new Op.Release("parent", "rx"));
            assertEquals(before, zero.getRefcount(), era + ": put_page gave the reference back");
        }
    }

    private static boolean calls(TraceStep step, String function) {
        return step.allCalls().stream().anyMatch(c -> c.function().equals(function));
    }
}
