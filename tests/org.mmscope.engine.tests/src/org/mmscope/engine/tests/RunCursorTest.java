package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.RunCursor;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.StateDigest;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.model.mm.Frame;

/** Stepping into, over and out of the kernel calls of a recorded run, and back, in place. */
class RunCursorTest {

    /** linux-6.12, after fork: the parent's write copies in wp_page_copy → __wp_page_copy_user. */
    private static Sim recorded() {
        Sim t = new Sim("linux-6.12", Simulation.Options.defaults().withChanges(true)).mmap("parent", "buf", 1)
                .write("parent", "buf", "old").fork("parent", "child").write("parent", "buf", "new");
        return t;
    }

    private static List<String> names(List<KernelCall> stack) {
        return stack.stream().map(KernelCall::function).toList();
    }

    @Test
    void stepIntoVisitsTheKernelCallsOfAStepInOrderAndTheStateIsTheRecordedOneAtEachStop() {
        Sim t = recorded();
        String end = StateDigest.of(t.s.state());
        t.s.seek(Simulation.Position.afterStep(3));
        String beforeWrite = StateDigest.of(t.s.state());
        RunCursor c = new RunCursor(t.s);
        for (int i = 0; i < 5; i++) {
            assertTrue(c.stepInto());
        }
        assertEquals(List.of("handle_mm_fault", "handle_pte_fault", "do_wp_page", "wp_page_copy", "__wp_page_copy_user"), names(c.stack()));
        assertTrue(c.at().enter());
        Frame copy = t.s.kernel().frames().get(c.at().call().pfn());
        assertTrue(copy != null && copy.getContent() == null, "entering __wp_page_copy_user: the new frame exists, nothing copied yet");
        c.stepInto(); // its return
        assertEquals("old", new String(t.s.kernel().frames().get(copy.getPfn()).getContent(), 0, 3), "returned: the bytes are copied");
        assertEquals(List.of("handle_mm_fault", "handle_pte_fault", "do_wp_page", "wp_page_copy"), names(c.stack()));
        assertTrue(c.stepOut());
        assertEquals("return from wp_page_copy (step 4)", c.at().toString());
        assertTrue(c.stepOut());
        assertTrue(c.stepOut());
        assertTrue(c.stepOut());
        assertEquals("return from handle_mm_fault (step 4)", c.at().toString());
        assertTrue(c.stepOut());
        assertEquals("end of step 4", c.at().toString());
        assertEquals(end, StateDigest.of(t.s.state()), "the end of the step is the recorded end");
        assertFalse(c.stepOver(), "nothing after the last step");
        // and back
        assertTrue(c.reverseStepOver());
        assertEquals(beforeWrite, StateDigest.of(t.s.state()), "reverse step over: back before the write");
        assertTrue(c.stepOver());
        assertEquals(end, StateDigest.of(t.s.state()), "resuming replays the same future");
    }

    @Test
    void reverseStepIntoRetracesEveryStopAndStepOverSkipsCallees() {
        Sim t = recorded();
        t.s.seek(Simulation.Position.afterStep(3));
        RunCursor c = new RunCursor(t.s);
        java.util.List<String> forward = new java.util.ArrayList<>();
        java.util.List<String> states = new java.util.ArrayList<>();
        while (!c.at().toString().equals("end of step 4")) {
            assertTrue(c.stepInto());
            forward.add(c.at().toString());
            states.add(StateDigest.of(t.s.state()));
        }
        for (int i = forward.size() - 2; i >= 0; i--) {
            assertTrue(c.reverseStepInto());
            assertEquals(forward.get(i), c.at().toString());
            assertEquals(states.get(i), StateDigest.of(t.s.state()), "the same state at " + forward.get(i) + " from both sides");
        }
        c.reverseStepInto();
        assertEquals("end of step 3", c.at().toString());
        c.stepInto(); // enter handle_mm_fault
        assertTrue(c.stepOver());
        assertEquals("return from handle_mm_fault (step 4)", c.at().toString(), "step over a call skips its callees");
        assertTrue(c.reverseStepOver());
        assertEquals("enter handle_mm_fault (step 4)", c.at().toString(), "reverse step over: back to the call's entry");
    }

    @Test
    void reverseStepOutAtACallsEntryLeavesForTheCallersEntryAndEndsAtTheBootedMachine() {
        Sim t = recorded();
        t.s.seek(Simulation.Position.afterStep(3));
        String beforeWrite = StateDigest.of(t.s.state());
        RunCursor c = new RunCursor(t.s);
        for (int i = 0; i < 3; i++) {
            c.stepInto();
        }
        assertEquals("enter do_wp_page (step 4)", c.at().toString());
        assertTrue(c.reverseStepOut());
        assertEquals("enter handle_pte_fault (step 4)", c.at().toString(), "at an entry: out to the caller's entry");
        assertTrue(c.reverseStepOut());
        assertEquals("enter handle_mm_fault (step 4)", c.at().toString());
        assertTrue(c.reverseStepOut());
        assertEquals("end of step 3", c.at().toString(), "at a top-level entry: to the end of the step before");
        assertEquals(beforeWrite, StateDigest.of(t.s.state()));
        int moves = 0;
        while (c.reverseStepOut()) {
            assertTrue(++moves <= 3, "reverse step out must reach the booted machine, at " + c.at());
        }
        assertEquals("end of step 0", c.at().toString());
    }

    @Test
    void theRecordedFutureStaysAndTheRunContinuesOnlyFromItsEnd() {
        Sim t = recorded();
        String end = StateDigest.of(t.s.state());
        t.s.stepBack();
        t.s.stepBack();
        assertEquals(4, t.s.stepCount(), "stepping back keeps the recorded steps");
        assertThrows(IllegalStateException.class, () -> t.step(new Op.Read(Op.Range.all("parent", "buf"))),
                "running from the middle would rewrite the future");
        assertThrows(IllegalStateException.class, () -> t.s.expect(new Expect.Ok()));
        t.s.seek(Simulation.Position.afterStep(4));
        assertEquals(end, StateDigest.of(t.s.state()));
        t.step(new Op.Read(Op.Range.all("parent", "buf")));
        assertEquals(5, t.s.stepCount(), "at the end, running further appends");
    }

    @Test
    void restoringASnapshotBranchesOffAndDropsTheOtherBranch() {
        Sim t = new Sim("linux-2.6.31", Simulation.Options.defaults().withChanges(true)).mmap("parent", "buf", 1).fork("parent", "child");
        Simulation.Snapshot fork = t.s.snapshot();
        String atFork = t.s.canonicalHash();
        t.write("parent", "buf", "P");
        String parentFirst = t.s.canonicalHash();
        t.s.restore(fork);
        assertEquals(2, t.s.stepCount(), "the branch after the snapshot is gone");
        assertEquals(atFork, t.s.canonicalHash());
        t.write("child", "buf", "C");
        assertFalse(parentFirst.equals(t.s.canonicalHash()), "another branch, another state");
        assertEquals(3, t.s.trace().steps().size());
    }
}
