package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String text = "scenario \"tt\"\ndevice nic\nprocess app\napp: buf = mmap anon 2 pages read write\napp: write buf \"x\"\n"
                + "app: rx = pin buf[1] write\nnic: map rx to_device\nexpect ok\n";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, "tt.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        RunContext.get().publish(new ScenarioRunner().run(l.scenario()));
        assertEquals(5, trace.rowCount(), "booted machine + 4 steps");
        assertEquals(3, frames.rowCount(), "final state: zero page + 2 pages");
        trace.select(1); // after the mmap: nothing touched yet
        assertEquals(1, frames.rowCount(), "after step 1 only the zero page exists");
        trace.select(3);
        assertEquals("1025", frames.cell(2, 2), "after the pin: one mapping + GUP_PIN_COUNTING_BIAS");
        assertTrue(mappings.topLevel().containsAll(java.util.List.of("app", "handle rx", "device nic")), mappings.topLevel().toString());
        trace.select(0);
        assertEquals(java.util.List.of("app", "device nic"), mappings.topLevel(), "the booted machine has no handles yet");
    }
}
