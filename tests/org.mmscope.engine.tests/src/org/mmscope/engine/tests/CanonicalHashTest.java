package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.StateDigest;
import org.mmscope.engine.ops.Op;
import org.mmscope.model.mm.DmaDirection;

/** The canonical abstract hash merges what nothing can tell apart and separates every observable difference. */
class CanonicalHashTest {
    private static final String[] ERAS = { "linux-2.6.31", "linux-5.10", "linux-6.12" };

    /** Parent and child, each with its own present, writable page (the child broke COW by writing first). */
    private static Sim twoPresentPages(String era) {
        return new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "p").fork("parent", "child").write("child", "buf", "c")
                .write("parent", "buf", "p2");
    }

    @Test
    void commutingWritesToPresentPagesOfDifferentProcessesReachEqualHashes() {
        for (String era : ERAS) {
            Sim a = twoPresentPages(era).write("parent", "buf", "P").write("child", "buf", "C");
            Sim b = twoPresentPages(era).write("child", "buf", "C").write("parent", "buf", "P");
            assertEquals(a.s.canonicalHash(), b.s.canonicalHash(), era);
        }
    }

    @Test
    void anExtraReadOfAPresentPageDoesNotChangeTheHash() {
        for (String era : ERAS) {
            Sim a = twoPresentPages(era);
            Sim b = twoPresentPages(era);
            String digestBefore = StateDigest.of(b.s.state());
            b.step(new Op.Read(Op.Range.all("child", "buf"))); // sets the accessed bit, nothing else
            assertEquals(a.s.canonicalHash(), b.s.canonicalHash(), era);
            assertNotEquals(digestBefore, StateDigest.of(b.s.state()), era + ": the raw digest does see the step");
        }
    }

    @Test
    void framesAreNamedByReachabilityNotByPfn() {
        for (String era : ERAS) {
            // an anonymous page of x and a page-cache page of y, allocated in the two orders: swapped pfns, one page
            // on each LRU list, so nothing later can tell the states apart
            MachineSpec spec = MachineSpec.defaults().process("x").process("y");
            Sim a = new Sim(era, spec).mmap("x", "v", 1);
            a.step(new Op.MmapFile("y", "f", "data", 1, true, false, false));
            a.write("x", "v", "1");
            a.step(new Op.Read(Op.Range.all("y", "f")));
            Sim b = new Sim(era, spec).mmap("x", "v", 1);
            b.step(new Op.MmapFile("y", "f", "data", 1, true, false, false));
            b.step(new Op.Read(Op.Range.all("y", "f")));
            b.write("x", "v", "1");
            assertNotEquals(StateDigest.of(a.s.state()), StateDigest.of(b.s.state()), era + ": other pfns");
            assertEquals(a.s.canonicalText(), b.s.canonicalText(), era);
            assertEquals(a.s.canonicalHash(), b.s.canonicalHash(), era);
        }
    }

    @Test
    void theLruOrderIsKeptBecauseReclaimOfNPagesSeesIt() {
        for (String era : ERAS) {
            MachineSpec spec = MachineSpec.defaults().process("x").process("y");
            Sim a = new Sim(era, spec).mmap("x", "v", 1).mmap("y", "v", 1).write("x", "v", "1").write("y", "v", "2");
            Sim b = new Sim(era, spec).mmap("x", "v", 1).mmap("y", "v", 1).write("y", "v", "2").write("x", "v", "1");
            assertNotEquals(a.s.canonicalHash(), b.s.canonicalHash(), era + ": x's page is older in one, y's in the other");
        }
    }

    @Test
    void everyObservableDifferenceSeparatesStates() {
        List<Consumer<Sim>> changes = new ArrayList<>();
        changes.add(t -> t.write("parent", "buf", "other text")); // content
        changes.add(t -> t.step(new Op.Madvise(Op.Range.all("parent", "buf"), Op.Advice.DONTNEED))); // PTE state
        changes.add(t -> t.gup("parent", "buf", "h", Op.GupCall.GET_USER_PAGES, false, false)); // counters, handles
        changes.add(t -> t.step(new Op.Mlock(Op.Range.all("parent", "buf"), true))); // flags
        changes.add(t -> t.step(new Op.Reclaim(0))); // swap
        changes.add(t -> t.gup("parent", "buf", "h", Op.GupCall.GET_USER_PAGES, false, false)
                .step(new Op.DmaMap("nic", "h", DmaDirection.TO_DEVICE))); // device mappings
        changes.add(t -> t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ))); // VMA protection
        changes.add(t -> t.step(new Op.Munmap("parent", "other"))); // mappings
        for (String era : ERAS) {
            List<String> hashes = new ArrayList<>();
            Sim base = new Sim(era).mmap("parent", "buf", 1).mmap("parent", "other", 1).write("parent", "buf", "x");
            base.step(new Op.Read(Op.Range.all("parent", "buf")));
            hashes.add(base.s.canonicalHash());
            for (Consumer<Sim> c : changes) {
                Sim t = new Sim(era).mmap("parent", "buf", 1).mmap("parent", "other", 1).write("parent", "buf", "x");
                c.accept(t);
                hashes.add(t.s.canonicalHash());
            }
            assertEquals(hashes.size(), hashes.stream().distinct().count(), era + ": " + hashes);
        }
    }

    /** The hash is taken of the walk the text shows: along a run with every kind of step, equal texts ⇔ equal hashes. */
    @Test
    void theHashSeparatesExactlyTheStatesTheTextSeparates() {
        for (String era : ERAS) {
            java.util.Map<String, String> hashOfText = new java.util.HashMap<>();
            java.util.Map<String, String> textOfHash = new java.util.HashMap<>();
            Sim t = new Sim(era, MachineSpec.defaults().swap(1L << 20).device("nic").process("parent"));
            List<Consumer<Sim>> steps = List.of(s -> s.mmap("parent", "buf", 3), s -> s.write("parent", "buf", "a"),
                    s -> s.step(new Op.Read(Op.Range.all("parent", "buf"))), s -> s.fork("parent", "child"),
                    s -> s.write("child", "buf", "b"),
                    s -> s.gup("parent", "buf", "h", Op.GupCall.GET_USER_PAGES, true, false), s -> s.map("h"),
                    s -> s.step(new Op.Reclaim(8)),
                    s -> s.step(new Op.Read(Op.Range.all("child", "buf"))), s -> s.step(new Op.Munmap("child", "buf")),
                    s -> s.write("parent", "buf", "a"), s -> s.step(new Op.Read(Op.Range.all("parent", "buf"))));
            for (Consumer<Sim> st : steps) {
                st.accept(t);
                String text = t.s.canonicalText();
                String hash = t.s.canonicalHash();
                assertEquals(32, hash.length(), "128 bits in hex");
                assertEquals(hashOfText.getOrDefault(text, hash), hash, era + ": one text, one hash");
                assertEquals(textOfHash.getOrDefault(hash, text), text, era + ": one hash, one text");
                hashOfText.put(text, hash);
                textOfHash.put(hash, text);
            }
            assertTrue(hashOfText.size() > steps.size() / 2, era + ": the run went through many different states");
        }
    }
}
