package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.StateDigest;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.ops.Op;

/**
 * The state manager's restore after steps that change what the engine's indexes are built from (frames, PTEs and
 * the reverse map, VMAs, names, swap slots): the indexes are patched, not rebuilt, and must agree with a fresh
 * build; the state is the snapshot's; and the same step run again from there does exactly what it did the first time.
 */
class RestoreTest {
    private static final List<String> ERAS = List.of("linux-2.6.31", "linux-5.10", "linux-6.12");

    /** A step to branch with, named for the test report. */
    record Branch(String name, Function<Integer, Op> op) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Branch> branches() {
        return List.of(new Branch("fault (store to an untouched page)", i -> new Op.Write(Op.Range.page("parent", "fresh", i), "y")),
                new Branch("COW fault after fork", i -> new Op.Write(Op.Range.all("child", "buf"), "c" + i)),
                new Branch("fork", i -> new Op.Fork("parent", "kid")),
                new Branch("reclaim to swap", i -> new Op.Reclaim(4)),
                new Branch("migrate", i -> new Op.Migrate(Op.Range.all("parent", "buf"))),
                new Branch("munmap", i -> new Op.Munmap("parent", "buf")),
                new Branch("exit", i -> new Op.Exit("child")),
                new Branch("mmap", i -> new Op.MmapAnon("parent", "more" + i, 3, true, true, false)));
    }

    /** parent: buf (4 pages, written), fresh (8 untouched pages); child forked from it; swap for reclaim. */
    private static Simulation setUp(String era) {
        Simulation s = Simulation.boot(MachineSpec.defaults().swap(1L << 20).device("nic").process("parent"),
                Eras.byName(era).orElseThrow(),
                Simulation.Options.defaults().withChanges(true));
        s.apply(new Op.MmapAnon("parent", "buf", 4, true, true, false), 1);
        s.apply(new Op.Write(Op.Range.all("parent", "buf"), "p"), 2);
        s.apply(new Op.MmapAnon("parent", "fresh", 8, true, true, false), 3);
        s.apply(new Op.Fork("parent", "child"), 4);
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("branches")
    void restoreAfterAStepThatChangesTheIndexesGivesTheSnapshotsStateAndIndexesAndTheSameStepAgainDoesTheSame(Branch b) {
        for (String era : ERAS) {
            Simulation s = setUp(era);
            String what = era + ", " + b;
            for (int i = 0; i < 3; i++) {
                Simulation.Snapshot snap = s.snapshot();
                String before = StateDigest.of(s.state());
                String hashBefore = s.canonicalHash();
                s.apply(b.op().apply(i), 10);
                String after = StateDigest.of(s.state());
                s.restore(snap);
                assertEquals(before, StateDigest.of(s.state()), what + ": the state is the snapshot's");
                assertEquals(List.of(), s.kernel().indexDisagreements(), what + ": the indexes agree with a fresh build");
                assertEquals(hashBefore, s.canonicalHash(), what);
                s.apply(b.op().apply(i), 10);
                assertEquals(after, StateDigest.of(s.state()), what + ": the step again from the restored state does the same");
                assertEquals(List.of(), s.kernel().indexDisagreements(), what + ": after running on from the restored state");
                s.restore(snap);
            }
            // a last branch that is kept: the run goes on from there as from a fresh run
            s.apply(b.op().apply(0), 10);
            Simulation fresh = setUp(era);
            fresh.apply(b.op().apply(0), 10);
            assertEquals(StateDigest.of(fresh.state()), StateDigest.of(s.state()), what + ": a kept branch equals a fresh run");
        }
    }
}
