package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.StateDigest;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.EngineHooks;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;

/** Each step records the kernel calls it made as the kernel nests them, named as the era names them. */
class CallTreeTest {

    /** The first path from the step's calls down to a call of {@code function}, as function names. */
    private static List<String> pathTo(TraceStep s, String function) {
        for (KernelCall c : s.calls()) {
            List<String> p = pathTo(c, function);
            if (p != null) {
                return p;
            }
        }
        return List.of();
    }

    private static List<String> pathTo(KernelCall c, String function) {
        if (c.function().equals(function)) {
            return new ArrayList<>(List.of(c.function()));
        }
        for (KernelCall child : c.calls()) {
            List<String> p = pathTo(child, function);
            if (p != null) {
                p.add(0, c.function());
                return p;
            }
        }
        return null;
    }

    private static TraceStep parentWritesAfterFork(String era) {
        Sim t = new Sim(era).mmap("parent", "buf", 1).write("parent", "buf", "old").fork("parent", "child");
        return t.step(new Op.Write(Op.Range.all("parent", "buf"), "new"));
    }

    @Test
    void linux2631CopiesInsideDoWpPage() {
        TraceStep s = parentWritesAfterFork("linux-2.6.31");
        assertEquals(List.of("handle_mm_fault", "handle_pte_fault", "do_wp_page", "cow_user_page"), pathTo(s, "cow_user_page"),
                "2.6.31 copies inline in do_wp_page through cow_user_page");
        KernelCall fault = s.calls().get(0);
        assertTrue(fault.detail().contains("write fault") && fault.detail().contains("parent"), fault.detail());
    }

    @Test
    void linux612CopiesInWpPageCopy() {
        TraceStep s = parentWritesAfterFork("linux-6.12");
        assertEquals(List.of("handle_mm_fault", "handle_pte_fault", "do_wp_page", "wp_page_copy", "__wp_page_copy_user"),
                pathTo(s, "__wp_page_copy_user"));
        KernelCall copy = s.calls().get(0).calls().get(0).calls().get(0).calls().get(0);
        assertTrue(copy.pfn() >= 0, "wp_page_copy is about the new frame");
    }

    @Test
    void aReuseIsTheDetailOfDoWpPageWithNoCopyBelowIt() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1).write("parent", "buf", "old").fork("parent", "child");
        t.step(new Op.Exit("child"));
        TraceStep s = t.step(new Op.Write(Op.Range.all("parent", "buf"), "new"));
        assertEquals(List.of("handle_mm_fault", "handle_pte_fault", "do_wp_page"), pathTo(s, "do_wp_page"));
        KernelCall wp = s.calls().get(0).calls().get(0).calls().get(0);
        assertTrue(wp.detail().startsWith("reuse"), wp.detail());
        assertTrue(wp.calls().isEmpty(), "no copy: " + wp.calls());
    }

    @Test
    void aPinFaultsInThroughFaultinPageAndGrabsPerPage() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 2);
        TraceStep s = t.step(new Op.Gup("rx", Op.Range.all("parent", "buf"), Op.GupCall.PIN_USER_PAGES, true, false));
        assertEquals(List.of("pin_user_pages", "__get_user_pages", "faultin_page", "handle_mm_fault", "handle_pte_fault",
                "do_anonymous_page"), pathTo(s, "do_anonymous_page"));
        KernelCall gup = s.calls().get(0).calls().get(0);
        assertEquals(2, gup.calls().stream().filter(c -> c.function().equals("try_grab_folio")).count(), "one grab per page");
    }

    @Test
    void reclaimNamesItsPassAndListAsTheEraDoes() {
        for (String[] era : new String[][] { { "linux-2.6.31", "shrink_zone", "shrink_page_list" },
                { "linux-6.12", "shrink_node", "shrink_folio_list" } }) {
            Sim t = new Sim(era[0]).mmap("parent", "buf", 1).write("parent", "buf", "x");
            TraceStep s = t.step(new Op.Reclaim(0));
            assertEquals(era[1], s.calls().get(0).function(), era[0]);
            assertEquals(era[2], s.calls().get(0).calls().get(0).function(), era[0]);
        }
    }

    @Test
    void aFailingStepClosesEveryCallItOpened() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1);
        t.step(new Op.Mprotect(Op.Range.all("parent", "buf"), Op.Prot.READ));
        TraceStep s = t.step(new Op.Gup("rx", Op.Range.all("parent", "buf"), Op.GupCall.PIN_USER_PAGES, true, false));
        assertEquals("EFAULT", s.errno());
        TraceStep next = t.step(new Op.Read(Op.Range.all("parent", "buf")));
        assertEquals("handle_mm_fault", next.calls().get(0).function(), "the next step's calls start at the top again");
        assertEquals(0, next.calls().get(0).depth());
    }

    @Test
    void withoutARecorderNoCallIsKept() {
        Sim t = new Sim("linux-6.12", new Simulation.Options(false, true, 1, 1000));
        t.mmap("parent", "buf", 1).fork("parent", "child");
        TraceStep s = t.step(new Op.Write(Op.Range.all("parent", "buf"), "new"));
        assertTrue(s.calls().isEmpty(), s.calls().toString());
    }

    @Test
    void everyChangeIsFiledUnderTheInnermostCallThatMadeIt() {
        Sim t = new Sim("linux-6.12", Simulation.Options.defaults().withChanges(true)).mmap("parent", "buf", 1)
                .write("parent", "buf", "old").fork("parent", "child");
        TraceStep s = t.step(new Op.Write(Op.Range.all("parent", "buf"), "new"));
        KernelCall wpCopy = s.calls().get(0).calls().get(0).calls().get(0).calls().get(0);
        KernelCall copyUser = wpCopy.calls().get(0);
        assertEquals("__wp_page_copy_user", copyUser.function());
        assertTrue(copyUser.changes().stream().anyMatch(c -> c.feature().getName().equals("content")),
                "the bytes are copied by __wp_page_copy_user: " + copyUser.changes());
        assertTrue(wpCopy.changes().stream().anyMatch(c -> c.feature().getName().equals("frame")),
                "wp_page_copy points the PTE at the copy: " + wpCopy.changes());
        int filed = s.allCalls().stream().mapToInt(c -> c.changes().size()).sum();
        assertTrue(filed > 0 && filed <= s.changes().size(), "the step's changes include every call's");
        java.util.Set<Object> inCalls = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        s.allCalls().forEach(c -> inCalls.addAll(c.changes()));
        assertTrue(s.changes().stream().anyMatch(c -> !inCalls.contains(c) && c.feature().getName().equals("content")),
                "the store of \"new\" itself, made outside any kernel call, is the step's own");
        assertTrue(wpCopy.firstChange() <= copyUser.firstChange() && copyUser.endChange() <= wpCopy.endChange(), "nested ranges");
    }

    @Test
    void hooksSeeStepsCallsInTheirOrderAndExpectationVerdicts() {
        Sim t = new Sim("linux-2.6.31").mmap("parent", "buf", 1).write("parent", "buf", "old").fork("parent", "child");
        List<String> seen = new ArrayList<>();
        t.s.addHooks(new EngineHooks() {
            @Override
            public void beforeStep(int index, int line, Op op) {
                seen.add("step " + index);
            }

            @Override
            public void enter(KernelCall call) {
                seen.add("> " + call.function());
            }

            @Override
            public void exit(KernelCall call) {
                seen.add("< " + call.function());
            }

            @Override
            public void expectation(int line, int afterStep, boolean holds, String actual) {
                seen.add("expect@" + line + " " + holds);
            }
        });
        t.step(new Op.Write(Op.Range.all("parent", "buf"), "new"));
        t.s.expect(new Expect.ReadEquals(Op.Range.all("parent", "buf"), "new"), 42);
        assertEquals(List.of("step 4", "> handle_mm_fault", "> handle_pte_fault", "> do_wp_page", "> cow_user_page", "< cow_user_page",
                "< do_wp_page", "< handle_pte_fault", "< handle_mm_fault", "expect@42 true"), seen);
    }

    @Test
    void aReadExpectationThatFaultsIsRecordedUnderTheStepBeforeIt() {
        Sim t = new Sim("linux-6.12").mmap("parent", "buf", 1);
        t.s.expect(new Expect.ReadEquals(Op.Range.all("parent", "buf"), ""), 7);
        TraceStep mmap = t.s.trace().steps().get(0);
        KernelCall read = mmap.calls().get(mmap.calls().size() - 1);
        assertEquals("expect read", read.function());
        assertTrue(read.detail().startsWith("line 7"), read.detail());
        assertEquals("handle_mm_fault", read.calls().get(0).function(), "its fault, at the expectation's line");
        assertEquals(StateDigest.of(t.s.state()), StateDigest.of(t.s.stateAt(1)), "a replay of step 1 includes the fault");
    }
}
