package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;
import org.mmscope.model.mm.ZoneType;

/** Failing steps keep the effects the kernel had made before it failed (issue 15, rules 1 and 2). */
class PartialEffectsTest {
    private static final String[][] OFFLINE_ENDS = { { "linux-2.6.31", "EAGAIN" }, { "linux-6.12", "EINTR" } };

    /** mm/memory_hotplug.c offline_pages → do_migrate_range (2.6.31, 6.12): what can move has moved when it gives up. */
    @Test
    void offlineMigratesTheMovablePagesOutBeforeItGivesUpOnAPinnedOne() {
        MachineSpec spec = MachineSpec.defaults().ram(256L << 20).zone(ZoneType.NORMAL, 128L << 20).zone(ZoneType.MOVABLE, 128L << 20)
                .block(128L << 20).swap(0).process("app").device("nic");
        for (String[] era : OFFLINE_ENDS) {
            Sim t = new Sim(era[0], spec).mmap("app", "buf", 2).write("app", "buf", "d");
            t.step(new Op.Gup("rx", Op.Range.page("app", "buf", 0), Op.GupCall.DRIVER_PIN, true, false));
            t.step(new Op.Offline(1L, null));
            t.assertErrno(era[1]);
            assertTrue(t.holds(new Expect.Moved(Sim.page("app", "buf", 1), true)), era[0] + ": the unpinned page was migrated out");
            assertTrue(t.holds(new Expect.Moved(Sim.page("app", "buf", 0), false)), era[0] + ": the pinned page stayed");
            t.assertReads("app", "buf", "d");
        }
    }

    /** mm/madvise.c sys_madvise loop (2.6.31) / madvise_walk_vmas (6.12): one VMA at a time, stop at the first error. */
    @Test
    void dontneedZapsTheVmasBeforeALockedOneAndFailsThere() {
        for (String era : new String[] { "linux-2.6.31", "linux-6.12" }) {
            Sim t = new Sim(era).mmap("parent", "buf", 3).write("parent", "buf", "x");
            t.step(new Op.Mlock(Op.Range.page("parent", "buf", 1), true)); // splits buf into three VMAs
            t.step(new Op.Madvise(Op.Range.all("parent", "buf"), Op.Advice.DONTNEED));
            t.assertErrno("EINVAL");
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 0), Expect.PteState.ABSENT)), era + ": the first VMA was zapped");
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 1), Expect.PteState.PRESENT)), era + ": the locked VMA stays");
            assertTrue(t.holds(new Expect.PteIs(Sim.page("parent", "buf", 2), Expect.PteState.PRESENT)), era + ": the walk stopped there");
        }
    }

    /**
     * mlock of a PROT_NONE range (2.6.31 __mlock_vma_pages_range, 5.10/6.12 populate_vma_page_range → EFAULT →
     * __mlock_posix_error_return): ENOMEM, not SIGSEGV — a system call, not a CPU access; the VMA is VM_LOCKED.
     * Found by the differential campaign against the live kernel.
     */
    @Test
    void mlockOfAProtNoneRangeIsEnomemAndLeavesItLocked() {
        for (String era : new String[] { "linux-2.6.31", "linux-5.10", "linux-6.12" }) {
            Sim t = new Sim(era).mmap("parent", "buf", 1);
            t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.NONE));
            t.step(new Op.Mlock(Op.Range.all("parent", "buf"), true));
            t.assertErrno("ENOMEM");
            assertTrue(t.s.kernel().findVma(t.s.state().getProcesses().get(0).getMm(),
                    t.s.state().getProcesses().get(0).getMm().getBindings().get(0).getStartVpn()).isLocked(),
                    era + ": mlock_fixup set VM_LOCKED first");
        }
    }
}
