package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.ui.views.FramesView;

/** The workbench opens, the Frames view is shown, and after a run it lists the frames of the final state. */
class FramesViewTest {
    @Test
    void framesViewShowsTheFinalFramesOfARun() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        FramesView view = (FramesView) page.showView(FramesView.ID);
        assertNotNull(view);
        String text = "scenario \"ui\"\nprocess app\napp: buf = mmap anon 2 pages read write\napp: write buf \"hello\"\n"
                + "app: rx = pin buf[0] write\nexpect ok\n";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, "ui.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        view.showRun(new ScenarioRunner().run(l.scenario()));
        Table table = ViewProbe.table(view);
        Ui.waitFor(() -> table.getItemCount() == 3, 2000); // the run is published asynchronously
        assertEquals(3, table.getItemCount(), "zero page + two anonymous pages");
        assertEquals("0", ViewProbe.cell(table, 0, 0));
        assertEquals("1025", ViewProbe.cell(table, 1, 2), "pfn 1: one mapping + one FOLL_PIN (GUP_PIN_COUNTING_BIAS)");
        assertEquals("hello", ViewProbe.cell(table, 2, 6));
    }
}
