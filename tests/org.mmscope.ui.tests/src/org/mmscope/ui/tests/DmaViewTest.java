package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.ui.views.DmaView;
import org.mmscope.ui.views.RunContext;
import org.mmscope.ui.views.TraceView;

/** The DMA view after the shared case "parent writes first": the device holds the child's frame; the hazard is marked. */
class DmaViewTest {
    @Test
    void devicesMappingsTransfersAndHazards() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DmaView dma = (DmaView) page.showView(DmaView.ID);
        TraceView trace = (TraceView) page.showView(TraceView.ID);
        Path root = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
        String text = Files.readString(root.resolve("examples/01-fork-parent-writes-first.mms"));
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, "01.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        RunContext.get().publish(new ScenarioRunner().run(l.scenario())); // era 0: linux-2.6.31
        List<String> rows = ViewProbe.rows(ViewProbe.tree(dma));
        assertTrue(rows.contains("device nic | 1 mapping(s)"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("[0] bus address = pfn") && r.contains("\"packet\" — mapped by child")),
                "the device's frame is the child's: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("nic: dma write rx")), "the transfer is listed: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("⚠ dma-diverged")), "the hazard is marked: " + rows);
        ViewProbe.click(ViewProbe.table(trace), 4); // after dma_map_sg, before the fork
        rows = ViewProbe.rows(ViewProbe.tree(dma));
        assertTrue(rows.contains("hazards | none"), "no hazard yet at step 4: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"old\" — mapped by parent")), rows.toString());
    }
}
