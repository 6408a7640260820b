package org.mmscope.debug.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.ViewPart;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.report.FrameStates;
import org.mmscope.ui.views.RunContext;

/**
 * The Timeline view: the focused era's {@link TimelineModel} drawn as lanes (frames) by columns (steps), in the
 * reports' colours, with event letters and a legend; the column in focus is outlined. Clicking a cell moves the
 * debugger there when the run is being debugged (to the end of that step), else the mmscope views.
 */
public class TimelineView extends ViewPart implements RunContext.Listener {
    public static final String ID = "org.mmscope.debug.ui.timeline";
    static final int CELL_W = 22, CELL_H = 16, LEFT = 78, TOP = 18, LEGEND = 44;
    private ScrolledComposite scroll;
    private Canvas canvas;
    private TimelineModel model;
    private EraRun modelOf;
    private final Map<String, Color> colors = new HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        scroll.setContent(canvas);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::clicked);
        canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(tooltipAt(e.x, e.y)));
        RunContext.get().addListener(this);
        focusChanged(RunContext.get());
    }

    @Override
    public void focusChanged(RunContext c) {
        if (canvas.isDisposed()) {
            return;
        }
        EraRun era = c.eraRun();
        if (era != modelOf) {
            modelOf = era;
            model = era == null ? null : TimelineModel.of(era);
        }
        Point size = model == null ? new Point(400, 60)
                : new Point(Math.max(LEFT + model.columns() * CELL_W + 10, legendWidth()), TOP + model.lanes().size() * CELL_H + LEGEND);
        canvas.setSize(size);
        canvas.redraw();
    }

    /** The model drawn now (tests), or null. */
    public TimelineModel model() {
        return model;
    }

    private void paint(GC gc) {
        if (model == null) {
            gc.drawText("Run or debug a scenario to see its frames over time.", 6, 6);
            return;
        }
        int focus = RunContext.get().step() < 0 ? model.columns() - 1 : RunContext.get().step();
        for (int col = 0; col < model.columns(); col++) {
            if (col % 5 == 0 || col == model.columns() - 1) {
                gc.drawText(Integer.toString(col), LEFT + col * CELL_W + 2, 1, true);
            }
        }
        for (int row = 0; row < model.lanes().size(); row++) {
            TimelineModel.Lane lane = model.lanes().get(row);
            int y = TOP + row * CELL_H;
            gc.drawText("pfn " + lane.pfn(), 4, y, true);
            for (int col = 0; col < lane.cells().size(); col++) {
                TimelineModel.Cell cell = lane.cells().get(col);
                int x = LEFT + col * CELL_W;
                if (cell.state() != null) {
                    gc.setBackground(color(cell.state().color()));
                    gc.fillRectangle(x, y, CELL_W - 1, CELL_H - 1);
                }
                if (!cell.marks().isEmpty()) {
                    StringBuilder letters = new StringBuilder();
                    cell.marks().forEach(m -> letters.append(m.letter));
                    gc.setForeground(cell.state() == null || cell.state() == FrameStates.FREE || cell.state() == FrameStates.ZERO
                            ? canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK) : canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                    gc.drawText(letters.length() > 2 ? letters.substring(0, 2) : letters.toString(), x + 2, y, true);
                    gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                }
            }
        }
        gc.setLineWidth(2);
        gc.drawRectangle(LEFT + focus * CELL_W - 1, TOP - 1, CELL_W, model.lanes().size() * CELL_H + 1);
        gc.setLineWidth(1);
        legend(gc, TOP + model.lanes().size() * CELL_H + 6);
    }

    private void legend(GC gc, int y) {
        int x = 4;
        for (FrameStates s : FrameStates.values()) {
            gc.setBackground(color(s.color()));
            gc.fillRectangle(x, y + 2, 10, 10);
            gc.drawRectangle(x, y + 2, 10, 10);
            gc.setBackground(canvas.getBackground());
            gc.drawText(s.label(), x + 14, y, true);
            x += 18 + gc.textExtent(s.label()).x;
        }
        StringBuilder marks = new StringBuilder();
        for (TimelineModel.Mark m : TimelineModel.Mark.values()) {
            marks.append(m.letter).append(" ").append(m.label).append("   ");
        }
        gc.drawText(marks.toString().trim(), 4, y + 18, true);
    }

    /** The width the legend's colour row needs (the widest line of the legend). */
    private int legendWidth() {
        GC gc = new GC(canvas);
        try {
            int x = 4;
            for (FrameStates s : FrameStates.values()) {
                x += 18 + gc.textExtent(s.label()).x;
            }
            return x + 10;
        } finally {
            gc.dispose();
        }
    }

    private Color color(String hex) {
        return colors.computeIfAbsent(hex, h -> new Color(new RGB(Integer.parseInt(h.substring(1, 3), 16),
                Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }

    private int[] cellAt(int x, int y) {
        if (model == null || x < LEFT || y < TOP) {
            return null;
        }
        int col = (x - LEFT) / CELL_W, row = (y - TOP) / CELL_H;
        return col < model.columns() && row < model.lanes().size() ? new int[] { row, col } : null;
    }

    private String tooltipAt(int x, int y) {
        int[] rc = cellAt(x, y);
        if (rc == null) {
            return null;
        }
        TimelineModel.Lane lane = model.lanes().get(rc[0]);
        TimelineModel.Cell cell = lane.cells().get(rc[1]);
        return "pfn " + lane.pfn() + (rc[1] == 0 ? " at boot" : " after step " + rc[1]) + ": "
                + (cell.state() == null ? "not allocated" : cell.state().label())
                + (cell.marks().isEmpty() ? "" : " — " + String.join(", ", cell.marks().stream().map(m -> m.label).toList()));
    }

    private void clicked(Event e) {
        int[] rc = cellAt(e.x, e.y);
        if (rc != null) {
            select(model.lanes().get(rc[0]).pfn(), rc[1]);
        }
    }

    /**
     * As a click on the cell of {@code pfn} at column {@code step}: the frame comes into focus, and the debugger
     * (if this run is being debugged) or else the views move to the end of that step.
     */
    public void select(long pfn, int step) {
        RunContext.get().focusFrame(pfn);
        MmThread thread = debuggedThread();
        if (thread != null) {
            Job.create("Timeline: to step " + step, m -> {
                thread.moveToStep(step);
                return Status.OK_STATUS;
            }).schedule();
        } else {
            RunContext.get().focusStep(step);
        }
    }

    /** The suspended mmscope thread whose run the view shows, or null. */
    private MmThread debuggedThread() {
        EraRun era = RunContext.get().eraRun();
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            for (IDebugTarget t : l.getDebugTargets()) {
                if (t instanceof MmDebugTarget mt && !mt.isTerminated()) {
                    for (MmThread th : mt.eraThreads()) {
                        if (th.run() == era && th.isSuspended()) {
                            return th;
                        }
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(this);
        colors.values().forEach(Color::dispose);
        super.dispose();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
