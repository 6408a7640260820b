package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.ui.views.FramesView;
import org.mmscope.ui.views.MappingsView;
import org.mmscope.ui.views.RunContext;
import org.mmscope.ui.views.TraceView;

/** The frame grid, and selecting a frame: Properties, and what the Trace and Mappings views highlight. */
class FrameSelectionTest {
    @Test
    void selectingAFrameShowsItsPropertiesAndHighlightsItsStepsAndMappings() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FramesView frames = (FramesView) page.showView(FramesView.ID);
        TraceView trace = (TraceView) page.showView(TraceView.ID);
        MappingsView mappings = (MappingsView) page.showView(MappingsView.ID);
        String text = "scenario \"sel\"\nkernel linux-6.12\ndevice nic\nprocess app\napp: buf = mmap anon 2 pages read write\n"
                + "app: write buf \"x\"\napp: rx = pin buf[1] write\nnic: map rx from_device\napp: write buf[0] \"y\"\n";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, "sel.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        RunContext.get().publish(new ScenarioRunner().run(l.scenario()));

        var grid = ViewProbe.grid(frames);
        List<String> cells = ViewProbe.cells(grid);
        assertTrue(cells.containsAll(List.of("0:ZERO", "1:ANON", "2:DMA")), "grid: " + cells);
        assertTrue(cells.contains("3:FREE"), "free frames around the touched ones: " + cells);
        assertTrue(grid.get(2L).tooltip().contains("refcount 1025"), grid.get(2L).tooltip());

        ViewProbe.click(frames, grid.get(2L)); // a click on the cell of pfn 2
        var sel = (IStructuredSelection) ViewProbe.selection(frames);
        IPropertySource props = (IPropertySource) sel.getFirstElement();
        assertEquals(1025, props.getPropertyValue("refcount"), "Properties: one mapping + GUP_PIN_COUNTING_BIAS");
        assertEquals("rx (pin)", props.getPropertyValue("held by"));
        assertEquals("nic via rx", props.getPropertyValue("DMA"));
        assertEquals(List.of(2, 3), ViewProbe.highlightedSteps(ViewProbe.table(trace)),
                "the write that faulted it in and the pin touched pfn 2");
        List<String> marked = ViewProbe.highlighted(ViewProbe.tree(mappings));
        assertTrue(marked.stream().anyMatch(r -> r.contains("→ pfn 2")), marked.toString());
        assertTrue(marked.stream().anyMatch(r -> r.startsWith("handle rx | ")), marked.toString());
        assertTrue(marked.stream().anyMatch(r -> r.startsWith("rx | from_device")), marked.toString());

        ViewProbe.click(ViewProbe.table(trace), 1); // time travel keeps the frame in focus: before the write, pfn 2 does not exist yet
        assertTrue(((IStructuredSelection) ViewProbe.selection(frames)).isEmpty(), "no such frame after step 1");
        RunContext.get().focusFrame(-1);
    }
}
