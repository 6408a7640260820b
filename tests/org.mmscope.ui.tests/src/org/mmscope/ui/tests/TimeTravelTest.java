package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.ui.views.FramesView;
import org.mmscope.ui.views.MappingsView;
import org.mmscope.ui.views.RunContext;
import org.mmscope.ui.views.TraceView;

/** Selecting a step in the Trace view shows the state after that step in the Frames and Mappings views. */
class TimeTravelTest {
    @Test
    void selectingAStepShowsTheStateAfterIt() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FramesView frames = (FramesView) page.showView(FramesView.ID);
        TraceView trace = (TraceView) page.showView(TraceView.ID);
        MappingsView mappings = (MappingsView) page.showView(MappingsView.ID);
        Table steps = ViewProbe.table(trace);
        Table frameRows = ViewProbe.table(frames);
        Tree mappingRows = ViewProbe.tree(mappings);
        String text = "scenario \"tt\"\ndevice nic\nprocess app\napp: buf = mmap anon 2 pages read write\napp: write buf \"x\"\n"
                + "app: rx = pin buf[1] write\nnic: map rx to_device\nexpect ok\n";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, "tt.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        RunContext.get().publish(new ScenarioRunner().run(l.scenario()));
        assertEquals(5, steps.getItemCount(), "booted machine + 4 steps");
        assertEquals(3, frameRows.getItemCount(), "final state: zero page + 2 pages");
        ViewProbe.click(steps, 1); // after the mmap: nothing touched yet
        assertEquals(1, frameRows.getItemCount(), "after step 1 only the zero page exists");
        ViewProbe.click(steps, 3);
        assertEquals("1025", ViewProbe.cell(frameRows, 2, 2), "after the pin: one mapping + GUP_PIN_COUNTING_BIAS");
        assertTrue(ViewProbe.topLevel(mappingRows).containsAll(java.util.List.of("app", "handle rx", "device nic")),
                ViewProbe.topLevel(mappingRows).toString());
        ViewProbe.click(steps, 0);
        assertEquals(java.util.List.of("app", "device nic"), ViewProbe.topLevel(mappingRows), "the booted machine has no handles yet");
    }

    /** The IDE's own runs record their changes: selecting a step moves the simulation's cursor, and the views show its state. */
    @Test
    void selectingAStepMovesTheCursorOfTheRecordedRun() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FramesView frames = (FramesView) page.showView(FramesView.ID);
        TraceView trace = (TraceView) page.showView(TraceView.ID);
        Table steps = ViewProbe.table(trace);
        Table frameRows = ViewProbe.table(frames);
        String text = "scenario \"tt\"\nkernel linux-2.6.31, linux-6.12\nprocess app\napp: buf = mmap anon 2 pages read write\n"
                + "app: write buf \"x\"\napp: read buf\nexpect ok\n";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, "tt.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        RunContext.get().publish(RunContext.runner().run(l.scenario()));
        org.mmscope.engine.Simulation sim = RunContext.get().eraRun().simulation();
        assertEquals(3, frameRows.getItemCount(), "final state: zero page + 2 pages");
        ViewProbe.click(steps, 1);
        assertEquals(org.mmscope.engine.Simulation.Position.afterStep(1), sim.position(), "the cursor moved to step 1");
        assertTrue(RunContext.get().state() == sim.state(), "the views show the simulation's own state, not a replayed copy");
        assertEquals(1, frameRows.getItemCount(), "after step 1 only the zero page exists");
        ViewProbe.click(steps, 3);
        assertEquals(3, frameRows.getItemCount());
        RunContext.get().focusEra(1);
        assertTrue(sim.atEnd(), "the era left goes back to its final state");
        ViewProbe.click(steps, 1);
        assertEquals(org.mmscope.engine.Simulation.Position.afterStep(1), RunContext.get().eraRun().simulation().position());
        assertEquals(1, frameRows.getItemCount(), "linux-6.12 after step 1");
    }
}
