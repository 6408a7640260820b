package org.mmscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.part.ViewPart;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.trace.TraceEvent;
import org.mmscope.engine.trace.TraceStep;

/**
 * The Trace view: the steps of the focused era with their kernel functions and results. Selecting a step
 * moves every mmscope view to the state after that step (time travel, from the engine's history).
 */
public class TraceView extends ViewPart implements RunContext.Listener {
    public static final String ID = "org.mmscope.ui.views.trace";
    private Table table;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : new String[] { "#", "line", "actor", "step", "kernel functions", "result" }) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c);
            col.setWidth(c.equals("kernel functions") ? 420 : c.equals("step") ? 260 : 60);
        }
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            RunContext.get().focusStep(i < 0 ? -1 : (Integer) table.getItem(i).getData());
        });
        RunContext.get().addListener(this);
        focusChanged(RunContext.get());
    }

    @Override
    public void focusChanged(RunContext c) {
        if (table.isDisposed()) {
            return;
        }
        EraRun era = c.eraRun();
        int selected = c.step();
        table.removeAll();
        if (era == null) {
            return;
        }
        TableItem boot = new TableItem(table, SWT.NONE);
        boot.setText(new String[] { "0", "", "", "(booted machine)", "", "" });
        boot.setData(0);
        for (TraceStep s : era.steps()) {
            TableItem it = new TableItem(table, SWT.NONE);
            StringBuilder fns = new StringBuilder();
            for (TraceEvent ev : s.events()) {
                if (fns.indexOf(ev.function()) < 0) {
                    fns.append(fns.length() == 0 ? "" : ", ").append(ev.function());
                }
            }
            it.setText(new String[] { Integer.toString(s.index()), Integer.toString(s.line()), s.actor(), s.text(), fns.toString(),
                    s.failed() ? s.errno() : s.hazards().isEmpty() ? "ok" : "ok, hazard " + s.hazards().get(0).kind() });
            it.setData(s.index());
            if (c.frame() >= 0 && s.events().stream().anyMatch(ev -> ev.pfn() == c.frame())) {
                it.setBackground(highlight(it)); // a step whose kernel functions touched the frame in focus
            }
        }
        if (selected >= 0 && selected < table.getItemCount()) {
            table.setSelection(selected);
        }
    }

    static Color highlight(Widget w) {
        return w.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND);
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(this);
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
