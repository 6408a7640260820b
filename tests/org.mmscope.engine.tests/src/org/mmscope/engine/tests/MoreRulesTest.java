package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.check.InvariantViolation;
import org.mmscope.engine.ops.Op;
import org.mmscope.model.mm.DmaDirection;
import org.mmscope.model.mm.Frame;

/** S8, S15, file mappings, exit, DMA errors and the invariant checker itself. */
class MoreRulesTest {
    private static final String[] ERAS = { "linux-2.6.31", "linux-6.12" };

    @Test
    void s8MunmapKeepsThePinnedFrameUntilUnpin() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "x")
                    .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false).map("rx");
            t.step(new Op.Munmap("parent", "buf"));
            assertTrue(t.holds(new Expect.FrameFree(Sim.handle("rx", 0), false)), era);
            t.dmaWrite("rx", "late");
            t.assertHazards("dma-orphaned");
            t.step(new Op.Read(Op.Range.all("parent", "buf")));
            t.assertErrno("SIGSEGV");
            t.step(new Op.DmaUnmap("nic", "rx"));
            t.step(new Op.Release("parent", "rx"));
            assertTrue(t.holds(new Expect.FrameFree(Sim.handle("rx", 0), true)), era);
        }
    }

    @Test
    void s15MprotectReadOnlyAndBackKeepsThePinnedPage() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "x")
                    .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false);
            t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ));
            t.step(new Op.Write(Op.Range.all("parent", "buf"), "y"));
            t.assertErrno("SIGSEGV");
            t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ_WRITE));
            t.write("parent", "buf", "z");
            assertTrue(t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.handle("rx", 0), true)), era);
        }
    }

    @Test
    void privateFileMappingCopiesOnWriteAndLeavesThePageCacheAlone() {
        for (String era : ERAS) {
            Sim t = new Sim(era, MachineSpec.defaults().process("a").process("b"));
            t.step(new Op.MmapFile("a", "f", "data", 1, true, true, true));
            t.write("a", "f", "disk");
            t.step(new Op.MmapFile("b", "p", "data", 1, true, true, false));
            t.assertReads("b", "p", "disk");
            t.write("b", "p", "mine");
            t.assertReads("b", "p", "mine");
            t.assertReads("a", "f", "disk");
            assertTrue(t.holds(new Expect.SameFrame(Sim.page("a", "f", 0), Sim.page("b", "p", 0), false)), era);
        }
    }

    @Test
    void exitZapsEverythingButPinnedFramesOutliveTheProcess() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 2).write("parent", "buf", "x")
                    .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false);
            t.step(new Op.Exit("parent"));
            long allocated = t.s.state().getFrames().stream().filter(f -> !f.isZeroPage()).count();
            assertEquals(2, allocated, era + ": the two pinned frames stay allocated after exit");
            t.step(new Op.Release("parent", "rx"));
            assertEquals(1, t.s.state().getFrames().size(), era + ": only the zero page is left");
        }
    }

    @Test
    void pageoutOfAnMlockedRangeFailsWithEinvalAndLeavesItMapped() {
        // found by mmscope live: mm/madvise.c madvise_pageout refuses VM_LOCKED (can_madv_lru_vma), 6.12 and 6.18
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 2).write("parent", "buf", "x");
        t.step(new Op.Mlock(Op.Range.page("parent", "buf", 1), true));
        t.step(new Op.Madvise(Op.Range.all("parent", "buf"), Op.Advice.PAGEOUT));
        t.assertErrno("EINVAL");
        assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.SWAPPED)),
                "the VMA before the locked one was paged out");
        assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 1), Expect.PteState.PRESENT)), "the locked page stays");
    }

    @Test
    void dmaErrors() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1).gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false);
        t.dmaWrite("rx", "x");
        t.assertErrno("EFAULT"); // not mapped by the device
        t.step(new Op.DmaMap("nic", "rx", DmaDirection.TO_DEVICE));
        t.dmaWrite("rx", "x");
        t.assertErrno("EIO"); // writing through a to_device mapping
        t.step(new Op.Munmap("parent", "buf"));
        t.step(new Op.Release("parent", "rx")); // the last reference: the frame is freed while the device maps it
        t.step(new Op.DmaRead("nic", new Op.HandleRange("rx", null, null)));
        t.assertErrno(null); // a driver bug, not a crash: the run goes on
        t.assertHazards("dma-use-after-free");
    }

    @Test
    void theInvariantCheckerCatchesACorruptedRefcount() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1).write("parent", "buf", "x");
        Frame f = t.s.state().getFrames().stream().filter(x -> !x.isZeroPage()).findFirst().orElseThrow();
        f.setRefcount(f.getRefcount() + 1); // a leaked reference nobody accounts for
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> t.step(new Op.Read(Op.Range.all("parent", "buf"))));
        assertTrue(v.getMessage().startsWith("I2: pfn " + f.getPfn() + " has refcount 2 but mappings 1"), v.getMessage());
    }

    @Test
    void theIncrementalCheckCatchesACorruptedRefcountInTheStepAfter() {
        Sim t = new Sim("linux-6.12", new Simulation.Options(true, true, 1, 1000, 1000));
        t.mmap("parent", "buf", 2).write("parent", "buf", "x");
        Frame f = t.s.state().getFrames().stream().filter(x -> !x.isZeroPage()).findFirst().orElseThrow();
        f.setRefcount(f.getRefcount() + 1); // a leaked reference: the frame is touched, so the next check sees it
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> t.step(new Op.Read(Op.Range.page("parent", "buf", 1))));
        assertTrue(v.getMessage().startsWith("I2: pfn " + f.getPfn() + " has refcount 2 but mappings 1"), v.getMessage());
    }

    @Test
    void theIncrementalCheckFindsAMappingOfAFreedFrame() {
        Sim t = new Sim("linux-2.6.31", new Simulation.Options(true, true, 1, 1000, 1000));
        t.mmap("parent", "buf", 1).write("parent", "buf", "x");
        Frame f = t.s.state().getFrames().stream().filter(x -> !x.isZeroPage()).findFirst().orElseThrow();
        t.s.kernel().freePages(f); // freed behind the page table's back
        InvariantViolation v = assertThrows(InvariantViolation.class, () -> t.step(new Op.Read(Op.Range.all("parent", "buf"))));
        assertTrue(v.getMessage().contains("freed pfn " + f.getPfn()), v.getMessage());
    }
}
