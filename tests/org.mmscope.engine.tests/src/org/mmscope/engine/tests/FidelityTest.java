package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;
import org.mmscope.model.mm.MmFile;

/** Rules that scenarios written from the kernel sources found wrong (issue 15, rules 3–6), per era. */
class FidelityTest {
    private static final String A = "linux-2.6.31";
    private static final String B = "linux-6.12";

    /** mm/gup.c get_user_pages → is_valid_gup_args (6.12): FOLL_LONGTERM without FOLL_PIN is EINVAL. */
    @Test
    void getUserPagesLongtermIsEinvalIn612AndPlainGupIn2631() {
        Sim b = new Sim(B).mmap("parent", "buf", 1).write("parent", "buf", "x");
        b.gup("parent", "buf", "rx", Op.GupCall.GET_USER_PAGES, true, true);
        b.assertErrno("EINVAL");
        assertTrue(b.holds(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.REFCOUNT, 1)),
                "nothing taken, nothing migrated");
        assertTrue(b.holds(new Expect.Moved(Sim.page("parent", "buf", 0), false)));
        Sim a = new Sim(A).mmap("parent", "buf", 1).write("parent", "buf", "x");
        a.gup("parent", "buf", "rx", Op.GupCall.GET_USER_PAGES, true, true);
        a.assertErrno(null); // no FOLL_LONGTERM before 5.2: a plain reference
        assertTrue(a.holds(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.REFCOUNT, 2)));
    }

    /** mm/vmscan.c shrink_folio_list → pageout → shmem_writepage (6.12): shmem is swap-backed, not file LRU. */
    @Test
    void directReclaimWritesDirtyShmemOutIn612() {
        Sim t = new Sim(B);
        t.step(new Op.MmapAnon("parent", "buf", 1, true, true, true));
        t.write("parent", "buf", "shm");
        t.step(new Op.Reclaim(0)); // unmapped and written (kept under writeback by this pass)
        t.step(new Op.Reclaim(0)); // freed by the next
        MmFile shmem = t.s.state().getFiles().stream().filter(MmFile::isShmem).findFirst().orElseThrow();
        assertTrue(shmem.getPageCache().isEmpty(), "the dirty shmem page was written out and freed, not kept by activate_locked");
        t.assertReads("parent", "buf", "shm");
    }

    @Test
    void withoutSwapDirtyShmemStaysIn612() {
        Sim t = new Sim(B, MachineSpec.defaults().swap(0).process("parent"));
        t.step(new Op.MmapAnon("parent", "buf", 1, true, true, true));
        t.write("parent", "buf", "shm");
        t.step(new Op.Reclaim(0));
        t.step(new Op.Reclaim(0));
        MmFile shmem = t.s.state().getFiles().stream().filter(MmFile::isShmem).findFirst().orElseThrow();
        assertEquals(1, shmem.getPageCache().size(), "shmem_writepage has no swap to write to");
    }

    /** mm/memory.c do_swap_page: vm_swap_full → try_to_free_swap (2.6.31) / should_try_to_free_swap (6.12). */
    @Test
    void aReadSwapInDropsTheSwapCacheWhenSwapIsMoreThanHalfFull() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era, MachineSpec.defaults().swap(2 * 4096).process("parent"));
            t.mmap("parent", "buf", 2).write("parent", "buf", "s");
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.SWAPPED)), era);
            t.step(new Op.Read(Op.Range.page("parent", "buf", 0)));
            assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.REFCOUNT, 1)),
                    era + ": both slots were in use, so the swap-in dropped the swap cache: the mapping's reference only");
        }
    }

    @Test
    void aReadSwapInKeepsTheSwapCacheWhileSwapHasRoomIn612() {
        Sim t = new Sim(B, MachineSpec.defaults().swap(64 * 4096).process("parent"));
        t.mmap("parent", "buf", 1).write("parent", "buf", "s");
        t.step(new Op.Reclaim(0));
        t.step(new Op.Read(Op.Range.all("parent", "buf")));
        assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.REFCOUNT, 2)),
                "mapping + swap cache: a read swap-in keeps the slot");
    }

    /**
     * munlock of a page another process's VM_LOCKED mapping still maps: 2.6.31 try_to_munlock → try_to_mlock_page
     * re-mlocks it; 6.12 __munlock_folio keeps it while mlock_count > 0. Reclaim then culls it instead of unmapping.
     */
    @Test
    void munlockKeepsAPageMlockedWhileAnotherLockedMappingMapsIt() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era);
            t.step(new Op.MmapAnon("parent", "buf", 1, true, true, true)); // shared: parent and child map one frame
            t.write("parent", "buf", "L").fork("parent", "child");
            t.step(new Op.Mlock(Op.Range.all("parent", "buf"), true));
            t.step(new Op.Mlock(Op.Range.all("child", "buf"), true));
            t.step(new Op.Mlock(Op.Range.all("parent", "buf"), false));
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.PRESENT)),
                    era + ": the child's VM_LOCKED mapping keeps the page mlocked, so reclaim does not unmap the parent's");
            assertTrue(t.holds(new Expect.PteIs(Sim.page("child", "buf", 0), Expect.PteState.PRESENT)), era);
            t.step(new Op.Mlock(Op.Range.all("child", "buf"), false));
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("child", "buf", 0), Expect.PteState.ABSENT)),
                    era + ": no locked mapping left: reclaim unmaps it");
        }
    }
}
