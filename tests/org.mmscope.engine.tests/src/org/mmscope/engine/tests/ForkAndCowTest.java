package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;

/** SEMANTICS.md §4 and scenarios S2–S4, S13, S14: fork and copy-on-write with a pinned page, per era. */
class ForkAndCowTest {
    private static final String A = "linux-2.6.31";
    private static final String B = "linux-6.12";

    private static Sim pinnedThenForked(String era, Op.GupCall call) {
        return new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "old").gup("parent", "buf", "rx", call, true, false)
                .map("rx").fork("parent", "child");
    }

    @Test
    void s2ParentWritesFirstLosesTheDmaPageIn2631() {
        Sim t = pinnedThenForked(A, Op.GupCall.GET_USER_PAGES);
        t.write("parent", "buf", "new").dmaWrite("rx", "X");
        t.assertReads("parent", "buf", "new");
        t.assertReads("child", "buf", "X"); // the device stored "X" and its zero byte over "old"
        t.assertHazards("dma-diverged");
    }

    @Test
    void s3ChildWritesFirstParentReusesThePageIn2631() {
        Sim t = pinnedThenForked(A, Op.GupCall.GET_USER_PAGES);
        t.write("child", "buf", "kid").write("parent", "buf", "new").dmaWrite("rx", "X");
        assertTrue(t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.handle("rx", 0), true)),
                "reuse_swap_page: mapcount 1 after the child copied, so the parent keeps the DMA frame");
        t.assertReads("parent", "buf", "X");
        t.assertHazards();
    }

    @Test
    void s2AndS3EarlyCopyAtForkIn612() {
        for (boolean childFirst : new boolean[] { false, true }) {
            Sim t = pinnedThenForked(B, Op.GupCall.PIN_USER_PAGES);
            assertFalse(t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.page("child", "buf", 0), true)),
                    "copy_present_page gives the child its own copy at fork");
            if (childFirst) {
                t.write("child", "buf", "kid");
            }
            t.write("parent", "buf", "new").dmaWrite("rx", "X");
            t.assertReads("parent", "buf", "X");
            t.assertReads("child", "buf", childFirst ? "kid" : "old");
            t.assertHazards();
        }
    }

    @Test
    void s4NobodyWritesTheChildSeesDmaIn2631ButASnapshotIn612() {
        Sim a = pinnedThenForked(A, Op.GupCall.DRIVER_PIN);
        a.dmaWrite("rx", "X");
        a.assertReads("child", "buf", "X");
        Sim b = pinnedThenForked(B, Op.GupCall.DRIVER_PIN);
        b.dmaWrite("rx", "X");
        b.assertReads("child", "buf", "old");
    }

    @Test
    void s14PlainGetUserPagesIn612NobodyKeepsThePage() {
        Sim t = pinnedThenForked(B, Op.GupCall.GET_USER_PAGES);
        t.write("parent", "buf", "P").write("child", "buf", "C").dmaWrite("rx", "X");
        assertFalse(t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.handle("rx", 0), true)));
        assertFalse(t.holds(new Expect.SameFrame(Sim.page("child", "buf", 0), Sim.handle("rx", 0), true)),
                "wp_can_reuse_anon_folio sees the GUP reference: the child copies too");
        t.assertHazards("dma-diverged", "dma-orphaned");
    }

    @Test
    void s13ReadOnlyPinAfterForkUnsharesIn612Only() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "old").fork("parent", "child")
                    .gup("parent", "buf", "tx", Op.GupCall.DRIVER_PIN, false, false).map("tx").write("parent", "buf", "W");
            if (era.equals(A)) {
                t.assertDeviceReads("tx", "old"); // the parent COWed away from the pinned shared page
            } else {
                t.assertDeviceReads("tx", "W"); // gup_must_unshare gave the parent an exclusive page first
            }
        }
    }

    @Test
    void forkWritableCowPteBecomesReadOnlyInBothProcesses() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "x").fork("parent", "child");
            assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.MAPCOUNT, 2)), era);
            assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.REFCOUNT, 2)), era);
        }
    }

    @Test
    void wipeOnForkChildReadsZerosIn612AndIsRefusedIn2631() {
        Sim b = new Sim(B).mmap("parent", "buf", 1).write("parent", "buf", "secret");
        b.step(new Op.Madvise(Op.Range.all("parent", "buf"), Op.Advice.WIPEONFORK));
        b.fork("parent", "child");
        b.assertReads("child", "buf", "");
        b.assertReads("parent", "buf", "secret");
        Sim a = new Sim(A).mmap("parent", "buf", 1);
        a.step(new Op.Madvise(Op.Range.all("parent", "buf"), Op.Advice.WIPEONFORK));
        a.assertErrno("EINVAL");
    }

    @Test
    void mlockIsNotInheritedByTheChild() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1);
            t.step(new Op.Mlock(Op.Range.all("parent", "buf"), true));
            t.fork("parent", "child").write("child", "buf", "c");
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.PRESENT)), era);
            assertTrue(t.holds(new Expect.PteIs(Sim.page("child", "buf", 0), Expect.PteState.SWAPPED)),
                    era + ": the child's VMA has no VM_LOCKED, its private copy is evictable");
        }
    }
}
