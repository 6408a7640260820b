package org.mmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.DebugSession;
import org.mmscope.debug.EraThread;
import org.mmscope.debug.Variable;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.RunCursor;
import org.mmscope.engine.StateDigest;

/** The debugger core without UI: breakpoints of each kind, stepping into kernel calls, stepping back, variables. */
class DebugSessionTest {
    private static final String A = "linux-2.6.31";
    private static final String B = "linux-6.12";
    /** Example 06's migrate lines: the mlocked page moves, the page under a GUP reference does not. */
    private static final int MIGRATE_LOCKED = 30;
    private static final int MIGRATE_GUPPED = 35;

    private static DebugSession example(String name) throws IOException {
        Path root = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(Files.readString(root.resolve("examples").resolve(name)), name);
        assertFalse(l.hasErrors(), l.problems().toString());
        return DebugSession.start(l.scenario());
    }

    private static DebugSession text(String scenario) {
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(scenario, "t.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        return DebugSession.start(l.scenario());
    }

    @Test
    void aLineBreakpointStopsBeforeItsStepInEveryEra() throws IOException {
        DebugSession s = example("01-fork-parent-writes-first.mms"); // line 26: parent: write buf "new"
        s.add(new Breakpoint.Line(26, Set.of()));
        for (EraThread t : s.threads()) {
            assertEquals(EraThread.Reason.BREAKPOINT, t.resume(), t.era());
            assertEquals(26, t.line(), t.era());
            assertEquals("line 23: parent: child = fork (done)", t.stack().get(0), t.era() + ": the fork has run, the write has not");
            assertEquals(EraThread.Reason.END, t.resume(), t.era() + ": no other hit");
        }
    }

    @Test
    void aFunctionBreakpointStopsInsideTheStepAndStepIntoFollowsTheEraSCalls() throws IOException {
        DebugSession s = example("01-fork-parent-writes-first.mms");
        s.add(new Breakpoint.Function("do_wp_page", Set.of()));
        for (String era : List.of(A, B)) {
            EraThread t = s.thread(era);
            assertEquals(EraThread.Reason.BREAKPOINT, t.resume());
            assertEquals(List.of("do_wp_page [pfn 1]", "handle_pte_fault", "handle_mm_fault", "line 26: parent: write parent.buf \"new\""),
                    t.stack(), era);
            t.stepInto();
            assertEquals(era.equals(A) ? "cow_user_page [pfn 2]" : "wp_page_copy [pfn 2]", t.stack().get(0),
                    era + ": the copy, as the era names it");
        }
    }

    @Test
    void reverseStepReturnAtAFunctionBreakpointGoesOutToTheCallersEntryUntilTheStepBefore() throws IOException {
        DebugSession s = example("01-fork-parent-writes-first.mms");
        s.add(new Breakpoint.Function("do_wp_page", Set.of()));
        for (String era : List.of(A, B)) {
            EraThread t = s.thread(era);
            t.resume(); // at do_wp_page's entry
            assertEquals(EraThread.Reason.STEP, t.reverseStepOut());
            assertEquals(List.of("handle_pte_fault", "handle_mm_fault", "line 26: parent: write parent.buf \"new\""), t.stack(), era);
            t.reverseStepOut();
            t.reverseStepOut();
            assertEquals("line 23: parent: child = fork (done)", t.stack().get(0), era + ": out of the step, to the end of the one before");
        }
    }

    @Test
    void stepBackRestoresTheExactEarlierStateAndResumingReplaysTheSameFuture() throws IOException {
        DebugSession s = example("01-fork-parent-writes-first.mms");
        EraThread t = s.thread(B);
        String end = StateDigest.of(t.simulation().state()); // the cursor starts at boot
        t.resume();
        String atEnd = StateDigest.of(t.simulation().state());
        t.stepBack();
        t.stepBack();
        String twoBack = StateDigest.of(t.simulation().state());
        t.stepInto();
        t.reverseStepInto();
        assertEquals(twoBack, StateDigest.of(t.simulation().state()), "reverse step into after step into: the same state");
        assertEquals(EraThread.Reason.END, t.resume());
        assertEquals(atEnd, StateDigest.of(t.simulation().state()), "resuming after stepping back reproduces the recorded future");
        s.add(new Breakpoint.Line(20, Set.of()));
        assertEquals(EraThread.Reason.BREAKPOINT, t.reverseResume(), "reverse resume: back to the previous breakpoint hit");
        assertEquals(20, t.line());
        assertEquals(EraThread.Reason.BOOT, t.reverseResume());
        assertEquals(end, StateDigest.of(t.simulation().state()), "all the way back: the booted machine");
    }

    @Test
    void eventBreakpointsStopWhereTheFrameIsPinnedFreedOrWrittenByTheDevice() throws IOException {
        DebugSession s = example("16-dma-use-after-free.mms");
        s.add(new Breakpoint.OnEvent(Breakpoint.Event.FREED, -1, Set.of()));
        for (EraThread t : s.threads()) {
            assertEquals(EraThread.Reason.BREAKPOINT, t.resume(), t.era());
            assertEquals("line 27: app: release rx (done)", t.stack().get(0), t.era() + ": the driver's unpin freed the frame");
        }
        DebugSession d = example("16-dma-use-after-free.mms");
        d.add(new Breakpoint.OnEvent(Breakpoint.Event.DEVICE_WRITE, -1, Set.of(B)));
        d.add(new Breakpoint.OnEvent(Breakpoint.Event.PINNED, -1, Set.of(B)));
        EraThread t = d.thread(B);
        assertEquals(EraThread.Reason.BREAKPOINT, t.resume());
        assertEquals("line 24: app: rx = pin app.buf write (done)", t.stack().get(0));
        assertEquals(EraThread.Reason.BREAKPOINT, t.resume());
        assertEquals("line 32: nic: dma write rx \"packet\" (done)", t.stack().get(0));
        assertEquals(EraThread.Reason.END, d.thread(A).resume(), "the breakpoints are for linux-6.12 only");
    }

    private static final String RACE = """
            scenario "t"
            kernel linux-2.6.31, linux-6.12
            device nic
            process parent
            parent: buf = mmap anon 1 page read write
            parent: write buf "old"
            parent: rx = get_user_pages buf write
            nic: map rx from_device
            parent: child = fork
            parent: write buf "new"
            expect parent.buf[0] not moved
            nic: dma write rx "packet"
            """;

    @Test
    void hazardAndFailingExpectationBreakpointsStopWhereTheyHappen() {
        DebugSession s = text(RACE);
        s.add(new Breakpoint.Hazard("dma-diverged", Set.of()));
        for (EraThread t : s.threads()) {
            assertEquals(EraThread.Reason.BREAKPOINT, t.resume(), t.era());
            assertTrue(t.hitBreakpoint() instanceof Breakpoint.Hazard, t.era() + ": " + t.hitBreakpoint());
            assertEquals("line 10: parent: write parent.buf \"new\" (done)", t.stack().get(0), t.era() + ": the write raised it");
            assertEquals(12, t.line(), t.era() + ": the dma write runs next");
            assertEquals(EraThread.Reason.END, t.resume(), t.era());
        }
        DebugSession x = text(RACE);
        x.add(new Breakpoint.ExpectationFails(Set.of(A)));
        EraThread a = x.thread(A);
        assertEquals(EraThread.Reason.BREAKPOINT, a.resume());
        assertEquals("line 10: parent: write parent.buf \"new\" (done)", a.stack().get(0), "where line 11's expectation is evaluated");
        assertEquals(EraThread.Reason.END, x.thread(B).resume(), "a breakpoint for linux-2.6.31 only");
    }

    @Test
    void variablesShowTheChainFromProcessToFrameAndMarkWhatChanged() throws IOException {
        DebugSession s = example("01-fork-parent-writes-first.mms");
        s.add(new Breakpoint.Line(26, Set.of()));
        EraThread t = s.thread(A);
        t.resume();
        Variable before = t.variables();
        assertEquals("pfn 1, read-only, dirty", before.at("processes.parent.buf.0").value());
        assertEquals("2", before.at("processes.parent.buf.0.mapcount").value());
        t.stepOver();
        Variable after = t.variables();
        Variable page = after.at("processes.parent.buf.0");
        assertEquals("pfn 2, writable, dirty", page.value(), "the parent's PTE now maps its copy");
        assertTrue(page.changed(), "marked as changed since the previous stop");
        assertEquals("\"new\"", page.child("content").value());
        Variable child = after.at("processes.child.buf.0");
        assertEquals("pfn 1, read-only, dirty", child.value(), "the child's PTE is as it was");
        assertEquals("1", child.child("mapcount").value());
        assertTrue(child.child("mapcount").changed(), "but its frame lost the parent's mapping");
        assertFalse(child.child("pincount").changed());
        assertEquals("GET write", after.at("handles.rx").value());
        assertEquals("pfn 1", after.at("handles.rx.0").value(), "the handle still holds the old frame");
        assertTrue(after.at("hazards").children().stream().anyMatch(v -> v.name().endsWith("dma-diverged")));
        assertNull(after.at("processes.nobody"));
    }

    @Test
    void movingToAStepShowsTheStateThatSteppingOverReaches() throws IOException {
        DebugSession s = example("01-fork-parent-writes-first.mms");
        EraThread t = s.thread(B);
        for (int i = 0; i < 5; i++) {
            t.stepOver();
        }
        String afterFive = StateDigest.of(t.simulation().state());
        t.resume(); // no breakpoints: to the end
        assertEquals(EraThread.Reason.STEP, t.moveToStep(5), "the Timeline's click while suspended");
        assertEquals(afterFive, StateDigest.of(t.simulation().state()));
        assertEquals(List.of("line 23: parent: child = fork (done)"), t.stack());
        assertTrue(t.calls().isEmpty(), "between steps no kernel call is active");
        t.stepInto();
        assertEquals(List.of("handle_mm_fault"), t.calls().stream().map(c -> c.function()).toList());
        t.moveToStep(99);
        assertEquals(t.simulation().stepCount(), t.at().step(), "clamped to the end of the run");
    }

    @Test
    void aMigratedEventStopsRightAfterTheEraMovedThePageAndNotWhereMigrationFailed() throws IOException {
        DebugSession s = example("06-mlock-is-not-pin.mms"); // migrate app.locked moves it; migrate app.gupped: EAGAIN (a GUP reference)
        s.add(new Breakpoint.OnEvent(Breakpoint.Event.MIGRATED, -1, Set.of()));
        for (EraThread t : s.threads()) {
            assertEquals(EraThread.Reason.BREAKPOINT, t.resume(), t.era());
            assertEquals(MIGRATE_LOCKED, t.line(), t.era() + ": stopped inside the migrate step");
            assertTrue(t.at().exit() && t.at().call().function().equals(t.simulation().era().migrateMoveName()),
                    t.era() + ": at the return from the era's move function, " + t.at());
            Variable page = t.variables().at("processes.app.locked.0");
            long old = t.at().call().pfn();
            assertTrue(page.value().startsWith("pfn ") && !page.value().startsWith("pfn " + old + ","),
                    t.era() + ": the call is about the old frame " + old + ", the PTE already maps the new one: " + page.value());
            RunCursor.Stop hit = t.at();
            for (int i = 0; i < 100 && t.at().call() != null; i++) {
                t.stepBack(); // back over the calls, to the end of the step before the migrate
            }
            assertTrue(t.variables().at("processes.app.locked.0").value().startsWith("pfn " + old + ","),
                    t.era() + ": before the step, the old frame");
            assertEquals(EraThread.Reason.BREAKPOINT, t.resume(), t.era());
            assertEquals(hit, t.at(), t.era() + ": resuming stops at the same move again");
            assertEquals("\"L\"", page.child("content").value(), t.era() + ": the contents came along");
            assertEquals(EraThread.Reason.END, t.resume(), t.era() + ": the pinned page did not move, no second stop");
        }
        assertEquals("unmap_and_move", s.thread(A).simulation().era().migrateMoveName());
        assertEquals("migrate_folio_move", s.thread(B).simulation().era().migrateMoveName());
    }

    @Test
    void aMigratedEventForOneFrameIgnoresTheOthers() throws IOException {
        DebugSession s = example("06-mlock-is-not-pin.mms");
        EraThread t = s.thread(B);
        s.add(new Breakpoint.Line(MIGRATE_GUPPED, Set.of()));
        t.resume();
        long gupped = Long.parseLong(t.variables().at("processes.app.gupped.0").value().replaceAll("^pfn (\\d+).*", "$1"));
        s.add(new Breakpoint.OnEvent(Breakpoint.Event.MIGRATED, gupped, Set.of()));
        t.reverseResume();
        assertEquals(EraThread.Reason.BOOT, t.reverseResume(), "back at the booted machine");
        assertEquals(EraThread.Reason.BREAKPOINT, t.resume());
        assertEquals(MIGRATE_GUPPED, t.line(), "the line breakpoint, not the locked page's migration");
        assertEquals(EraThread.Reason.END, t.resume(), "the gupped frame never moves (EAGAIN)");
    }
}
