package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;

/** The rules in which linux-5.10 differs from one or both of the other eras, each shown beside them. */
class Linux510RulesTest {
    private static final String A = "linux-2.6.31";
    private static final String M = "linux-5.10";
    private static final String B = "linux-6.12";

    /**
     * mm/memory.c do_wp_page (5.9–5.17): reuse only when page_count is 1. A pinned page made read-only and
     * writable again by mprotect is copied on the next write in 5.10 (the device and the process part ways);
     * 2.6.31 reuses by mapcount, 6.12 by PageAnonExclusive.
     */
    @Test
    void aPinnedPageWrittenAfterMprotectIsCopiedOnlyIn510() {
        for (String era : new String[] { A, M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "x")
                    .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false);
            t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ));
            t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ_WRITE));
            t.write("parent", "buf", "z");
            boolean same = t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.handle("rx", 0), true));
            assertEquals(!era.equals(M), same,
                    era + ": the write " + (era.equals(M) ? "copies (page_count 1025 ≠ 1)" : "reuses the pinned page"));
        }
    }

    /** A read swap-in keeps the swap cache's reference; the next write copies in 5.10 (page_count 2), reuses elsewhere. */
    @Test
    void aWriteAfterAReadSwapInCopiesOnlyIn510() {
        for (String era : new String[] { A, M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "s");
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.SWAPPED)), era);
            t.step(new Op.Read(Op.Range.all("parent", "buf")));
            t.write("parent", "buf", "w");
            boolean moved = t.holds(new Expect.Moved(Sim.page("parent", "buf", 0), true));
            assertEquals(era.equals(M), moved, era);
            t.assertReads("parent", "buf", "w");
        }
    }

    /** mm/gup.c is_valid_gup_flags (5.10) / is_valid_gup_args (6.12): FOLL_LONGTERM needs FOLL_PIN. */
    @Test
    void getUserPagesLongtermIsEinvalSince510() {
        for (String era : new String[] { A, M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "x");
            t.gup("parent", "buf", "rx", Op.GupCall.GET_USER_PAGES, true, true);
            t.assertErrno(era.equals(A) ? null : "EINVAL");
        }
    }

    /** kernel/fork.c → copy_present_page (5.9+): an mm that has pinned gives the child a copy of a pinned page at fork. */
    @Test
    void forkCopiesAPinnedPageForTheChildSince510() {
        for (String era : new String[] { A, M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "x")
                    .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false).fork("parent", "child");
            boolean shared = t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.page("child", "buf", 0), true));
            assertEquals(era.equals(A), shared, era);
        }
    }

    /** mm/gup.c try_grab_page (5.10) has no zero-page case: a read pin of untouched memory adds the bias to the zero page. */
    @Test
    void aReadPinOfUntouchedMemoryPinsTheZeroPageIn510Only() {
        for (String era : new String[] { M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).gup("parent", "buf", "rx", Op.GupCall.PIN_USER_PAGES, false, false);
            long refcount = t.s.kernel().frames().get(0).getRefcount();
            assertEquals(era.equals(M), refcount >= 1024, era + ": zero page refcount " + refcount);
            t.step(new Op.Release("parent", "rx"));
            assertTrue(t.s.kernel().frames().get(0).getRefcount() < 1024, era + ": unpin gives it back");
        }
    }

    /**
     * mm/vmscan.c shrink_page_list (5.10): no pin check in try_to_unmap_one — a pinned page that already is in
     * the swap cache is unmapped (pinned-swapped); 6.12 refuses while the page is exclusive.
     */
    @Test
    void aPinnedPageAlreadyInTheSwapCacheIsUnmappedIn510() {
        for (String era : new String[] { M, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "s");
            t.step(new Op.Reclaim(0)); // into the swap cache, written, kept
            t.step(new Op.Read(Op.Range.all("parent", "buf"))); // swap-cache hit: mapped again, still in the swap cache
            t.gup("parent", "buf", "rx", Op.GupCall.PIN_USER_PAGES, false, false);
            t.step(new Op.Reclaim(0));
            boolean swapped = t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.SWAPPED));
            assertEquals(era.equals(M), swapped, era);
        }
    }

    /**
     * mm/mprotect.c mprotect_fixup (5.10, 6.12; not 2.6.31): a private VM_LOCKED VMA that becomes writable is
     * populated for writing at once — the zero page a read fault had mapped is replaced by a private page.
     * Found by the differential campaign (docs/LIVE.md).
     */
    @Test
    void mprotectWritableOfALockedPrivateMappingBreaksCowAtOnceSince510() {
        for (String era : new String[] { M, B }) {
            Sim t = new Sim(era);
            t.step(new Op.MmapAnon("parent", "buf", 1, true, false, false));
            t.step(new Op.Mlock(Op.Range.all("parent", "buf"), true)); // a read fault: the zero page
            t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ_WRITE));
            org.mmscope.model.mm.Frame f = t.s.kernel().pageTables().get(t.s.state().getProcesses().get(0).getMm(),
                    t.s.state().getProcesses().get(0).getMm().getBindings().get(0).getStartVpn()).getFrame();
            assertTrue(!f.isZeroPage() && f.isAnon(), era + ": a private page replaced the zero page");
        }
    }
}
