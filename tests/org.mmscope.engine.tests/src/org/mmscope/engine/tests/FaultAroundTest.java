package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.check.Expect.Counter;
import org.mmscope.engine.check.Expect.PteState;
import org.mmscope.engine.ops.Op;

/**
 * Read fault-around (mm/memory.c do_read_fault → do_fault_around → filemap_map_pages, 3.15+): a read fault on a
 * file or shmem mapping also maps the neighbouring pages the page cache holds, in a 64 KiB window aligned in the
 * address space and clipped to the VMA; on a cold cache the read-around (do_sync_mmap_readahead) brings them in
 * first. linux-2.6.31's __do_fault maps only the faulting page.
 */
class FaultAroundTest {
    private static final String[] ERAS = { "linux-2.6.31", "linux-5.10", "linux-6.12" };

    private static boolean faultsAround(String era) {
        return !era.equals("linux-2.6.31");
    }

    private static Sim fileMapping(String era, String var, long pages, boolean shared) {
        Sim t = new Sim(era);
        t.step(new Op.MmapFile("parent", var, "data", pages, true, false, shared));
        return t;
    }

    private static PteState state(Sim t, String var, long i) {
        for (PteState s : PteState.values()) {
            if (t.holds(new Expect.PteIs(Sim.page("parent", var, i), s))) {
                return s;
            }
        }
        throw new AssertionError("no PTE state for " + var + "[" + i + "]");
    }

    private static void assertReads(Sim t, String var, long i, String text) {
        var verdict = t.s.expect(new Expect.ReadEquals(Op.Range.page("parent", var, i), text));
        assertTrue(verdict.holds(), var + "[" + i + "] should read \"" + text + "\" but " + verdict.actual());
    }

    @Test
    void aReadFaultOnAFileMapsTheNeighbouringPagesSince315() {
        for (String era : ERAS) {
            Sim t = fileMapping(era, "m", 2, false);
            t.step(new Op.Read(Op.Range.page("parent", "m", 0)));
            assertEquals(PteState.PRESENT, state(t, "m", 0), era);
            assertEquals(faultsAround(era) ? PteState.PRESENT : PteState.ABSENT, state(t, "m", 1), era + ": the neighbour");
            if (faultsAround(era)) {
                // one mapping and one reference more than the page cache's own: set_pte_range / alloc_set_pte
                assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "m", 1), Counter.MAPCOUNT, 1)), era);
                assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "m", 1), Counter.REFCOUNT, 2)), era);
            }
        }
    }

    @Test
    void theWindowIs64KibAlignedInTheAddressSpace() {
        // the first mapping starts 64 KiB-aligned (0x7f0000000000): a read of page 20 maps pages 16..31 only
        for (String era : ERAS) {
            Sim t = fileMapping(era, "m", 40, false);
            t.step(new Op.Read(Op.Range.page("parent", "m", 20)));
            for (long i = 0; i < 40; i++) {
                boolean expected = i == 20 || faultsAround(era) && i >= 16 && i < 32;
                assertEquals(expected ? PteState.PRESENT : PteState.ABSENT, state(t, "m", i), era + ": page " + i);
            }
        }
    }

    @Test
    void aSecondMappingOfACachedFileIsMappedAroundAndSharesTheFrames() {
        for (String era : ERAS) {
            Sim t = fileMapping(era, "a", 4, false);
            t.step(new Op.Read(Op.Range.all("parent", "a")));
            t.step(new Op.MmapFile("parent", "b", "data", 4, true, false, false));
            t.step(new Op.Read(Op.Range.page("parent", "b", 3)));
            assertEquals(faultsAround(era) ? PteState.PRESENT : PteState.ABSENT, state(t, "b", 0), era);
            assertTrue(t.holds(new Expect.SameFrame(Sim.page("parent", "a", 3), Sim.page("parent", "b", 3), true)), era);
            assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "a", 0), Counter.MAPCOUNT, faultsAround(era) ? 2 : 1)), era);
        }
    }

    @Test
    void aPrivateCopyIsLeftAloneAndThePageStaysReadOnly() {
        for (String era : ERAS) {
            Sim t = new Sim(era);
            t.step(new Op.MmapFile("parent", "m", "data", 3, true, true, false));
            t.step(new Op.Write(Op.Range.page("parent", "m", 0), "own"));
            t.step(new Op.Read(Op.Range.page("parent", "m", 1)));
            assertReads(t, "m", 0, "own"); // still the private copy: fault-around skips a PTE that is not none
            assertEquals(faultsAround(era) ? PteState.PRESENT : PteState.ABSENT, state(t, "m", 2), era);
            // a write to a page mapped around is a COW fault on a read-only PTE: a private copy, the cache page stays
            t.step(new Op.Write(Op.Range.page("parent", "m", 2), "two"));
            assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "m", 2), Counter.MAPCOUNT, 1)), era);
            assertReads(t, "m", 2, "two");
            t.step(new Op.MmapFile("parent", "n", "data", 3, true, false, false));
            assertReads(t, "n", 2, ""); // the page cache never saw the private writes
        }
    }

    @Test
    void shmemMapsTheCachedNeighboursButNotItsHoles() {
        for (String era : ERAS) {
            Sim t = new Sim(era);
            t.step(new Op.MmapAnon("parent", "s", 4, true, true, true));
            t.step(new Op.Write(Op.Range.page("parent", "s", 1), "one"));
            t.fork("parent", "child"); // a shared mapping without an anon_vma: fork copies no PTEs
            t.step(new Op.Read(Op.Range.page("child", "s", 0)));
            assertEquals(faultsAround(era), t.holds(new Expect.PteIs(Sim.page("child", "s", 1), PteState.PRESENT)),
                    era + ": the cached neighbour");
            assertTrue(t.holds(new Expect.PteIs(Sim.page("child", "s", 2), PteState.ABSENT)), era + ": a hole stays a hole");
            if (faultsAround(era)) {
                assertTrue(t.holds(new Expect.SameFrame(Sim.page("parent", "s", 1), Sim.page("child", "s", 1), true)), era);
                assertTrue(t.holds(new Expect.CounterEquals(Sim.page("parent", "s", 1), Counter.MAPCOUNT, 2)), era);
            }
        }
    }

    @Test
    void aReadGupFaultsAroundAndAWriteGupDoesNot() {
        for (String era : ERAS) {
            Sim t = fileMapping(era, "m", 3, true);
            t.step(new Op.Gup("h", Op.Range.page("parent", "m", 1), Op.GupCall.GET_USER_PAGES, false, false));
            assertEquals(faultsAround(era) ? PteState.PRESENT : PteState.ABSENT, state(t, "m", 0), era + ": read GUP");
            Sim w = new Sim(era);
            w.step(new Op.MmapFile("parent", "m", "data", 3, true, true, true));
            w.step(new Op.Gup("h", Op.Range.page("parent", "m", 1), Op.GupCall.GET_USER_PAGES, true, false));
            assertEquals(PteState.ABSENT, state(w, "m", 0), era + ": a write GUP takes do_shared_fault, which maps one page");
        }
    }

    /**
     * madvise_vma_behavior (6.12) / madvise_vma (5.10, 2.6.31): MADV_DONTNEED and MADV_PAGEOUT leave the VMA whole,
     * and mprotect_fixup / mlock_fixup / madvise_update_vma do not split when the flags stay the same — seen through
     * fault-around, which stops at the VMA's end (the campaign found both).
     */
    @Test
    void adviceAndProtectionThatChangeNoFlagsLeaveTheVmaWhole() {
        for (String era : new String[] { "linux-5.10", "linux-6.12" }) {
            for (Op op : new Op[] { new Op.Madvise(Op.Range.page("parent", "m", 1), Op.Advice.DONTNEED),
                    new Op.Madvise(Op.Range.page("parent", "m", 1), Op.Advice.PAGEOUT),
                    new Op.Mprotect(Op.Range.page("parent", "m", 1), Op.Prot.READ),
                    new Op.Mlock(Op.Range.page("parent", "m", 1), false),
                    new Op.Madvise(Op.Range.page("parent", "m", 1), Op.Advice.DOFORK) }) {
                Sim t = new Sim(era);
                t.step(new Op.MmapFile("parent", "m", "data", 3, true, false, true));
                t.step(new Op.MmapFile("parent", "warm", "data", 3, true, false, true));
                t.step(new Op.Read(Op.Range.all("parent", "warm"))); // the whole file in the page cache
                t.step(op);
                t.step(new Op.Read(Op.Range.page("parent", "m", 1)));
                assertEquals(PteState.PRESENT, state(t, "m", 2), era + ", after " + op + ": the neighbour is in the same VMA");
            }
            Sim split = new Sim(era);
            split.step(new Op.MmapFile("parent", "m", "data", 3, true, false, true));
            split.step(new Op.Mprotect(Op.Range.page("parent", "m", 1), Op.Prot.NONE));
            split.step(new Op.Mprotect(Op.Range.page("parent", "m", 0), Op.Prot.READ));
            split.step(new Op.Read(Op.Range.page("parent", "m", 0)));
            assertEquals(PteState.ABSENT, state(split, "m", 2), era + ": a real change splits, and the window stops at the VMA");
        }
    }

    /**
     * shmem_writepage (6.12, 5.10) moves a written-out shmem page from the page cache to the swap cache, so
     * filemap_map_pages skips it (xa_is_value); a fault brings it back (shmem_swapin_folio: dirty again), and then it
     * is mapped around. The campaign's seed 1253.
     */
    @Test
    void aShmemPageReclaimWroteOutIsNotMappedAroundUntilFaultedBack() {
        for (String era : new String[] { "linux-5.10", "linux-6.12" }) {
            Sim t = new Sim(era);
            t.step(new Op.MmapAnon("parent", "s", 2, true, true, true));
            t.step(new Op.Write(Op.Range.all("parent", "s"), "t1"));
            t.step(new Op.Madvise(Op.Range.all("parent", "s"), Op.Advice.PAGEOUT));
            t.step(new Op.Read(Op.Range.page("parent", "s", 1)));
            assertEquals(PteState.ABSENT, state(t, "s", 0), era + ": in the swap cache, not the page cache");
            assertReads(t, "s", 1, "t1");
            t.step(new Op.Madvise(Op.Range.page("parent", "s", 1), Op.Advice.DONTNEED));
            t.step(new Op.Read(Op.Range.page("parent", "s", 0)));
            assertEquals(PteState.PRESENT, state(t, "s", 1), era + ": faulted back, page 1 is in the page cache again");
            assertReads(t, "s", 0, "t1");
        }
    }

    /**
     * shrink_folio_list (6.12) / shrink_page_list (5.10): direct reclaim leaves a dirty file page to writeback with
     * PG_reclaim set — the bit PG_readahead aliases (include/linux/page-flags.h), so next_uptodate_folio skips it in
     * fault-around until a fault on it clears it. The campaign's seed 439.
     */
    @Test
    void aDirtyFilePageReclaimLeftToWritebackIsNotMappedAround() {
        for (String era : new String[] { "linux-5.10", "linux-6.12" }) {
            Sim t = new Sim(era);
            t.step(new Op.MmapFile("parent", "m", "data", 2, true, true, true));
            t.step(new Op.Write(Op.Range.page("parent", "m", 0), "t1"));
            t.step(new Op.Madvise(Op.Range.all("parent", "m"), Op.Advice.PAGEOUT));
            assertEquals(PteState.ABSENT, state(t, "m", 0), era + ": unmapped by reclaim, kept dirty in the page cache");
            t.step(new Op.Read(Op.Range.page("parent", "m", 1)));
            assertEquals(PteState.ABSENT, state(t, "m", 0), era + ": PG_reclaim reads as PG_readahead");
            t.step(new Op.Read(Op.Range.page("parent", "m", 0)));
            assertReads(t, "m", 0, "t1");
            t.step(new Op.Madvise(Op.Range.page("parent", "m", 1), Op.Advice.DONTNEED));
            t.step(new Op.Madvise(Op.Range.page("parent", "m", 0), Op.Advice.DONTNEED));
            t.step(new Op.Read(Op.Range.page("parent", "m", 1)));
            assertEquals(PteState.PRESENT, state(t, "m", 0), era + ": the fault cleared the bit");
        }
    }
}
