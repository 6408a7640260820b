package org.mmscope.ui.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.debug.ui.timeline.TimelineModel;
import org.mmscope.debug.ui.timeline.TimelineModel.Mark;
import org.mmscope.debug.ui.timeline.TimelineView;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.report.FrameStates;
import org.mmscope.ui.views.RunContext;

/** The Timeline of example 01: the GUP'd frame and the COW copy, lane by lane, step by step; a click moves the views. */
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
            TimelineModel m = TimelineModel.of(run);
            assertEquals(run.steps().size() + 1, m.columns(), "the booted machine and one column per step");
            long held = run.simulation().state().getHandles().get(0).getPfns().get(0);
            TimelineModel.Lane gup = m.lane(held);
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
            List<TimelineModel.Lane> copies = m.lanes().stream().filter(l -> l.cells().get(write).marks().contains(Mark.COW_COPY)).toList();
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
}
