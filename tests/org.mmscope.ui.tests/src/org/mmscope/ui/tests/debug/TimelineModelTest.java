package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.ui.breakpoints.LineBreakpointToggler;
import org.mmscope.debug.ui.launch.ScenarioLaunchShortcut;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.debug.ui.timeline.TimelineView;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.report.FrameStates;
import org.mmscope.report.Timeline.Mark;
import org.mmscope.report.Timeline;
import org.mmscope.ui.tests.Ui;
import org.mmscope.ui.views.RunContext;

/**
 * The Timeline of example 01: the GUP'd frame and the COW copy, lane by lane, step by step; a click moves the views.
 * A debugged run of 5,000 steps: every column is there, and a click moves the debugger and the views to it.
 */
class TimelineModelTest {
    private static RunResult example01() throws Exception {
        String name = "01-fork-parent-writes-first.mms";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(Workspace.example(name), name);
        assertFalse(l.hasErrors(), l.problems().toString());
        return new ScenarioRunner().run(l.scenario());
    }

    /** The column of the first step whose text contains {@code text} (column i is the state after step i). */
    private static int column(EraRun run, String text) {
        for (TraceStep s : run.steps()) {
            if (s.text().contains(text)) {
                return s.index();
            }
        }
        throw new AssertionError("no step " + text);
    }

    @Test
    void theGupFrameAndItsCowCopyInEachEra() throws Exception {
        for (EraRun run : example01().eras()) {
            Timeline m = Timeline.of(run);
            assertEquals(run.steps().size() + 1, m.columns(), "the booted machine and one column per step");
            long held = run.simulation().state().getHandles().get(0).getPfns().get(0);
            Timeline.Lane gup = m.lane(held);
            assertNotNull(gup, run.era() + ": the frame the NIC holds has a lane");
            int touch = column(run, "write parent.buf \"old\""), pin = column(run, "get_user_pages"), map = column(run, "map rx");
            int write = column(run, "write parent.buf \"new\""), dma = column(run, "dma write");
            assertNull(gup.cells().get(touch - 1).state(), run.era() + ": not allocated before the first write");
            assertEquals(FrameStates.ANON, gup.cells().get(touch).state());
            assertTrue(gup.cells().get(touch).marks().contains(Mark.FAULT), run.era() + ": the write faulted it in");
            assertEquals(FrameStates.PINNED, gup.cells().get(pin).state());
            assertTrue(gup.cells().get(pin).marks().contains(Mark.PIN));
            assertEquals(FrameStates.DMA, gup.cells().get(map).state(), run.era() + ": device-mapped from the map step on");
            assertTrue(gup.cells().get(dma).marks().contains(Mark.DMA), run.era() + ": the device wrote it");
            List<Timeline.Lane> copies = m.lanes().stream().filter(l -> l.cells().get(write).marks().contains(Mark.COW_COPY)).toList();
            assertEquals(1, copies.size(), run.era() + ": the parent's write copied once");
            assertNull(copies.get(0).cells().get(write - 1).state(), run.era() + ": the copy is new");
            assertEquals(FrameStates.ANON, copies.get(0).cells().get(write).state());
        }
    }

    @Test
    void clickingACellMovesTheViewsWhenNothingIsDebugged() throws Exception {
        TimelineView view = (TimelineView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(TimelineView.ID);
        RunResult r = example01();
        RunContext.get().publish(r);
        assertEquals(r.eras().get(0).era(), view.model().era(), "the view draws the focused era");
        long pfn = view.model().lanes().get(view.model().lanes().size() - 1).pfn();
        view.select(pfn, 3);
        assertEquals(3, RunContext.get().step());
        assertEquals(pfn, RunContext.get().frame());
    }

    private static final int LONG_RUN = 5000;
    private static final String LONG_HEADER = "scenario \"a long run\"\nkernel linux-6.12\nmachine { ram 64 MiB }\nprocess p\n";

    /** Step 1 maps a page; then even steps write it (a fault allocates a frame), odd steps drop it (madvise dontneed frees it). */
    private static String longRun() {
        StringBuilder b = new StringBuilder(LONG_HEADER).append("p: buf = mmap anon 1 page read write\n");
        for (int step = 2; step <= LONG_RUN; step++) {
            b.append(step % 2 == 0 ? "p: write buf \"x\"\n" : "p: madvise buf dontneed\n");
        }
        return b.toString();
    }

    /** The source line of step {@code step} of {@link #longRun()}. */
    private static int lineOf(int step) {
        return (int) LONG_HEADER.chars().filter(c -> c == '\n').count() + step;
    }

    @Test
    void aDebuggedRunOfFiveThousandStepsHasEveryColumnAndAClickMovesTheDebuggerAndTheViewsThere() throws Exception {
        Workspace.noPerspectiveQuestions();
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TimelineView view = (TimelineView) page.showView(TimelineView.ID);
        IFile f = Workspace.file("long.mms", longRun());
        LineBreakpointToggler.toggle(f, lineOf(2500)); // stops after step 2499
        ILaunch launch = ScenarioLaunchShortcut.configurationFor(f)
                .launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
        try {
            MmThread thread = ((MmDebugTarget) launch.getDebugTarget()).eraThreads().get(0);
            assertTrue(thread.getName().contains("after step 2499"), thread.getName());
            assertTrue(Ui.waitFor(
                    () -> view.model() != null && view.model().era().equals("linux-6.12") && RunContext.get().step() == 2499, 20000),
                    "the Timeline draws the debugged run");
            Timeline m = view.model();
            assertEquals(LONG_RUN + 1, m.columns(), "every step has its column, past the former 1000");
            for (int col : new int[] { 1, 2, 3, 1000, 1001, 2500, 2501, 4999, LONG_RUN }) {
                long allocated = m.lanes().stream().filter(l -> l.cells().get(col).state() == FrameStates.ANON).count();
                assertEquals(col >= 2 && col % 2 == 0 ? 1 : 0, allocated, "column " + col + ": the page is in RAM after a write only");
                if (col >= 2) {
                    Mark expected = col % 2 == 0 ? Mark.FAULT : Mark.FREE;
                    assertTrue(m.lanes().stream().anyMatch(l -> l.cells().get(col).marks().contains(expected)),
                            "column " + col + ": " + expected);
                }
            }
            ScrollBar bar = Ui.control(view, Canvas.class).getHorizontalBar(); // it scrolls by one column
            int firstVisible = bar.getSelection() / bar.getIncrement();
            assertTrue(firstVisible > 2000, "the column in focus is scrolled into view: " + firstVisible);

            thread.stepOver();
            assertTrue(thread.getName().contains("after step 2500"), "the Timeline put the debugger's cursor back: " + thread.getName());

            Timeline.Lane lane = m.lanes().stream().filter(l -> l.cells().get(4322).state() == FrameStates.ANON).findFirst().orElseThrow();
            view.select(lane.pfn(), 4321);
            assertTrue(Ui.waitFor(() -> thread.getName().contains("after step 4321") && RunContext.get().step() == 4321, 20000),
                    "a click moves the debugger and the views: " + thread.getName() + ", views at " + RunContext.get().step());
            assertEquals(FrameStates.FREE, lane.cells().get(4321).state(), "dontneed freed it");
            assertTrue(RunContext.get().state().getFrames().stream().noneMatch(fr -> fr.getPfn() == lane.pfn()),
                    "the views' state after step 4321 has the frame free, as its column says");
            assertEquals(lane.pfn(), RunContext.get().frame());
        } finally {
            Workspace.endDebugging(launch);
        }
    }
}
