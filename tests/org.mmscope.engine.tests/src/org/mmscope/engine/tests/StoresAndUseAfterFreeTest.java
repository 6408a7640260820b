package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.model.mm.DmaDirection;

/**
 * LANGUAGE.md's stores (the text and one zero byte, as strcpy) and the dma-use-after-free hazard: a device that
 * keeps a mapping of a released handle writes into whatever the frame is now.
 */
class StoresAndUseAfterFreeTest {
    private static final String[] ERAS = { "linux-2.6.31", "linux-6.12" };

    @Test
    void aShorterWriteReadsBackExactlyWhatWasWritten() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "cold").write("parent", "buf", "hot");
            t.assertReads("parent", "buf", "hot");
            t.write("parent", "buf", "");
            t.assertReads("parent", "buf", "");
        }
    }

    @Test
    void aShorterDmaWriteReadsBackExactlyWhatTheDeviceWrote() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "a long text")
                    .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false).map("rx").dmaWrite("rx", "pkt");
            t.assertReads("parent", "buf", "pkt");
            t.assertDeviceReads("rx", "pkt");
        }
    }

    @Test
    void aStoreLongerThanAPageIsCutAtThePage() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1).write("parent", "buf", "x".repeat(5000));
        assertEquals("read \"" + "x".repeat(4096) + "\"", t.actual(new Expect.ReadEquals(Op.Range.all("parent", "buf"), "")),
                "a 4 KiB page holds 4096 bytes");
    }

    @Test
    void aDeviceWritingThroughAReleasedHandleLandsInTheFramesNewOwner() {
        for (String era : ERAS) {
            Sim t = new Sim(era, MachineSpec.defaults().device("nic").process("app").process("other"));
            t.mmap("app", "buf", 1).write("app", "buf", "rx ring")
                    .gup("app", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false).map("rx");
            t.step(new Op.Munmap("app", "buf"));
            t.step(new Op.Release("app", "rx")); // the driver drops its pin but leaves the device's mapping
            assertTrue(t.holds(new Expect.FrameFree(Sim.handle("rx", 0), true)), era);
            t.mmap("other", "secret", 1).write("other", "secret", "password");
            assertTrue(t.holds(new Expect.SameFrame(Sim.page("other", "secret", 0), Sim.handle("rx", 0), true)),
                    era + ": the allocator hands out the most recently freed frame first");
            t.dmaWrite("rx", "packet");
            t.assertErrno(null);
            t.assertReads("other", "secret", "packet");
            t.assertHazards("dma-use-after-free");
            HazardRecord h = t.s.trace().hazards().get(0);
            assertTrue(h.message().contains("other"), era + ": the hazard names the new owner: " + h.message());
        }
    }

    @Test
    void aDeviceWritingIntoAFreeFrameLosesTheBytesAndTheRunGoesOn() {
        for (String era : ERAS) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false);
            t.step(new Op.DmaMap("nic", "rx", DmaDirection.FROM_DEVICE));
            t.step(new Op.Munmap("parent", "buf"));
            t.step(new Op.Release("parent", "rx"));
            t.dmaWrite("rx", "late");
            t.assertErrno(null);
            t.assertHazards("dma-use-after-free");
            assertTrue(t.holds(new Expect.FrameFree(Sim.handle("rx", 0), true)), era + ": nothing allocated the frame");
            assertTrue(t.s.trace().hazards().get(0).message().contains("free frame"), era);
        }
    }

    @Test
    void anExpectationOfWhatTheDeviceReadsIsAnObservationNotATransfer() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1).write("parent", "buf", "x")
                .gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN, true, false).map("rx");
        t.step(new Op.Release("parent", "rx")); // the process still maps the page: it stays allocated
        t.assertDeviceReads("rx", "x");
        t.assertHazards(); // expect nic: dma read ... raised nothing
        t.step(new Op.DmaRead("nic", new Op.HandleRange("rx", null, null)));
        t.assertHazards("dma-use-after-free"); // the dma read step is a transfer
    }
}
