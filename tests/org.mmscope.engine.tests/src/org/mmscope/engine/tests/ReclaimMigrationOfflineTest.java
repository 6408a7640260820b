package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;
import org.mmscope.model.mm.ZoneType;

/** SEMANTICS.md §2 and §3, scenarios S1, S9–S12: reclaim, migration and hot-remove of pinned pages, per era. */
class ReclaimMigrationOfflineTest {
    private static final String A = "linux-2.6.31";
    private static final String B = "linux-6.12";

    @Test
    void s1GupPageIsUnmappedButNeverFreedAndComesBackFromTheSwapCache() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "hello")
                    .gup("parent", "buf", "rx", Op.GupCall.GET_USER_PAGES, true, false).map("rx");
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.SWAPPED)), era);
            t.step(new Op.Reclaim(0)); // a second pass cannot free it either: is_page_cache_freeable / freeze fail
            assertTrue(t.holds(new Expect.FrameFree(Sim.handle("rx", 0), false)), era);
            t.dmaWrite("rx", "world");
            t.assertReads("parent", "buf", "world");
            assertTrue(t.holds(new Expect.SameFrame(Sim.page("parent", "buf", 0), Sim.handle("rx", 0), true)), era);
        }
    }

    @Test
    void s1FollPinPageIsNotEvenAddedToTheSwapCacheIn612() {
        Sim t = new Sim(B).mmap("parent", "buf", 1).write("parent", "buf", "hello")
                .gup("parent", "buf", "rx", Op.GupCall.PIN_USER_PAGES, true, false);
        t.step(new Op.Reclaim(0));
        assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.PRESENT)));
        assertEquals("refcount 1025", t.actual(new Expect.CounterEquals(Sim.page("parent", "buf", 0), Expect.Counter.REFCOUNT, 0)),
                "one mapping + GUP_PIN_COUNTING_BIAS, no swap-cache reference");
    }

    @Test
    void unpinnedPagesAreSwappedAndAFreedFrameIsReused() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "data");
            t.step(new Op.Reclaim(0));
            t.step(new Op.Reclaim(0)); // written on the first pass, freed on the second
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.SWAPPED)), era);
            assertEquals(1, t.s.state().getFrames().size(), era + ": only the zero page is left");
            t.assertReads("parent", "buf", "data");
        }
    }

    @Test
    void withoutSwapAnonPagesStay() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era, MachineSpec.defaults().swap(0).process("parent")).mmap("parent", "buf", 1).write("parent", "buf", "x");
            t.step(new Op.Reclaim(0));
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.PRESENT)), era);
        }
    }

    /**
     * `moved` reads what the page mapped before the last step from the one change recorder when the run keeps its
     * changes, and from the state before the step otherwise: the three ways of running say the same, and the step
     * after the migration (which leaves the page alone) is not a move.
     */
    @Test
    void movedSaysTheSameWhetherTheRunKeepsItsChangesOrNot() {
        for (String era : new String[] { A, B, "linux-5.10" }) {
            List<String> seen = new java.util.ArrayList<>();
            for (Simulation.Options o : List.of(Simulation.Options.defaults(), Simulation.Options.defaults().withChanges(true),
                    Simulation.Options.defaults().withFullCheckEvery(4).withCheckpointEvery(0))) {
                Sim t = new Sim(era, o).mmap("parent", "buf", 2).write("parent", "buf", "x");
                t.step(new Op.Migrate(Op.Range.page("parent", "buf", 0)));
                Expect moved = new Expect.Moved(Sim.page("parent", "buf", 0), true);
                Expect other = new Expect.Moved(Sim.page("parent", "buf", 1), false);
                assertTrue(t.holds(moved), era + " " + o + ": " + t.actual(moved));
                assertTrue(t.holds(other), era + " " + o + ": " + t.actual(other));
                String during = t.actual(moved);
                t.step(new Op.Read(Op.Range.all("parent", "buf")));
                assertTrue(t.holds(new Expect.Moved(Sim.page("parent", "buf", 0), false)), era + ": a read moves nothing");
                seen.add(during);
            }
            assertEquals(1, seen.stream().distinct().count(), era + ": " + seen);
        }
    }

    @Test
    void s9MlockedPageMigratesS10GupPageDoesNot() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "locked", 1).mmap("parent", "gupped", 1);
            t.step(new Op.Mlock(Op.Range.all("parent", "locked"), true));
            t.write("parent", "locked", "L").write("parent", "gupped", "G")
                    .gup("parent", "gupped", "h", Op.GupCall.DRIVER_PIN, true, false);
            t.step(new Op.Migrate(Op.Range.all("parent", "locked")));
            t.assertErrno(null);
            assertTrue(t.holds(new Expect.Moved(Sim.page("parent", "locked", 0), true)), era);
            t.step(new Op.Migrate(Op.Range.all("parent", "gupped")));
            t.assertErrno("EAGAIN");
            assertTrue(t.holds(new Expect.Moved(Sim.page("parent", "gupped", 0), false)), era);
        }
    }

    @Test
    void s11OfflineOfABlockWithAPinnedPageFailsAsTheEraDoes() {
        MachineSpec spec = MachineSpec.defaults().ram(256L << 20).zone(ZoneType.NORMAL, 128L << 20).zone(ZoneType.MOVABLE, 128L << 20)
                .block(128L << 20).swap(0).process("parent").device("nic");
        Sim a = new Sim(A, spec).mmap("parent", "buf", 1).write("parent", "buf", "d").gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN,
                true, false);
        a.step(new Op.Offline(1L, null));
        a.assertErrno("EAGAIN");
        Sim b = new Sim(B, spec).mmap("parent", "buf", 1).write("parent", "buf", "d").gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN,
                true, false);
        b.step(new Op.Offline(1L, null));
        b.assertErrno("EINTR");
        b.step(new Op.Release("parent", "rx"));
        b.step(new Op.Offline(1L, null));
        b.assertErrno(null);
        assertTrue(b.holds(new Expect.Moved(Sim.page("parent", "buf", 0), true)), "offline migrated the page out of the block");
        b.assertReads("parent", "buf", "d");
    }

    @Test
    void offlineOfTheBlockHoldingTheZeroPageIsBusy() {
        Sim t = new Sim(B);
        t.step(new Op.Offline(0L, null));
        t.assertErrno("EBUSY");
    }

    @Test
    void s12LongtermPinMovesThePageOutOfZoneMovableIn612Only() {
        MachineSpec spec = MachineSpec.defaults().ram(256L << 20).zone(ZoneType.NORMAL, 128L << 20).zone(ZoneType.MOVABLE, 128L << 20)
                .process("parent").device("nic");
        Sim b = new Sim(B, spec).mmap("parent", "buf", 1).write("parent", "buf", "d").gup("parent", "buf", "rx", Op.GupCall.PIN_USER_PAGES,
                true, true);
        assertTrue(b.holds(new Expect.Moved(Sim.page("parent", "buf", 0), true)));
        assertTrue(b.s.state().getFrames().stream().filter(f -> !f.isZeroPage()).allMatch(f -> f.getZone() == ZoneType.NORMAL));
        Sim a = new Sim(A, spec).mmap("parent", "buf", 1).write("parent", "buf", "d").gup("parent", "buf", "rx", Op.GupCall.DRIVER_PIN,
                true, true);
        assertFalse(a.holds(new Expect.Moved(Sim.page("parent", "buf", 0), true)));
    }

    @Test
    void s7DontneedOnAnMlockedRangeIsRefused() {
        for (String era : new String[] { A, B }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1);
            t.step(new Op.Mlock(Op.Range.all("parent", "buf"), true));
            t.step(new Op.Madvise(Op.Range.all("parent", "buf"), Op.Advice.DONTNEED));
            t.assertErrno("EINVAL");
        }
    }
}
