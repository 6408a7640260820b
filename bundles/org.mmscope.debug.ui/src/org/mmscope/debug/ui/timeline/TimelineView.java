package org.mmscope.debug.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.part.ViewPart;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmThread;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.report.FrameStates;
import org.mmscope.report.Timeline;
import org.mmscope.ui.views.RunContext;

/**
 * The Timeline view: the focused era's {@link Timeline} (the lane model the HTML report draws too) as lanes
 * (frames) by columns (steps), in the reports' colours, with event letters and a legend; the column in focus is
 * outlined and scrolled into view. The canvas scrolls itself and paints only the visible columns, so a run of any
 * length draws as fast as a short one; the pfn labels and step numbers stay in place. Clicking a cell moves the
 * debugger there when the run is being debugged (to the end of that step), else the mmscope views.
 */
public class TimelineView extends ViewPart implements RunContext.Listener {
    public static final String ID = "org.mmscope.debug.ui.timeline";
    static final int CELL_W = 22, CELL_H = 16, LEFT = 78, TOP = 18, LEGEND = 44;
    private Canvas canvas;
    private Timeline model;
    private EraRun modelOf;
    private int originX, originY;
    private final Map<String, Color> colors = new HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::clicked);
        canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(tooltipAt(e.x, e.y)));
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
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
            model = era == null ? null : timelineOf(era);
            originX = 0;
            originY = 0;
        }
        updateScrollBars();
        revealFocus();
        canvas.redraw();
    }

    /** The lanes of {@code era}; a debugged run's cursor moves while they are read, so no command may move it meanwhile. */
    private static Timeline timelineOf(EraRun era) {
        MmThread thread = threadOf(era, false);
        return thread == null ? Timeline.of(era) : thread.withCursorHeld(() -> Timeline.of(era));
    }

    /** The model drawn now (tests), or null. */
    public Timeline model() {
        return model;
    }

    // ------------------------------------------------------------------ scrolling

    private int contentWidth() {
        return model == null ? 0 : model.columns() * CELL_W + 10;
    }

    private int contentHeight() {
        return model == null ? 0 : model.lanes().size() * CELL_H + LEGEND;
    }

    private void updateScrollBars() {
        Rectangle area = canvas.getClientArea();
        bar(canvas.getHorizontalBar(), contentWidth(), Math.max(1, area.width - LEFT), originX);
        bar(canvas.getVerticalBar(), contentHeight(), Math.max(1, area.height - TOP), originY);
        originX = canvas.getHorizontalBar().getSelection();
        originY = canvas.getVerticalBar().getSelection();
    }

    private static void bar(ScrollBar b, int content, int visible, int at) {
        b.setValues(Math.min(at, Math.max(0, content - visible)), 0, Math.max(content, 1), Math.min(visible, Math.max(content, 1)), CELL_W,
                Math.max(CELL_W, visible - CELL_W));
        b.setVisible(content > visible);
    }

    private void scrolled() {
        originX = canvas.getHorizontalBar().getSelection();
        originY = canvas.getVerticalBar().getSelection();
        canvas.redraw();
    }

    /** Scrolls so that the column in focus is visible. */
    private void revealFocus() {
        if (model == null) {
            return;
        }
        int x = focusColumn() * CELL_W;
        int visible = Math.max(CELL_W, canvas.getClientArea().width - LEFT);
        if (x < originX || x + CELL_W > originX + visible) {
            canvas.getHorizontalBar().setSelection(Math.max(0, x - visible / 2));
            originX = canvas.getHorizontalBar().getSelection();
        }
    }

    private int focusColumn() {
        return RunContext.get().step() < 0 ? model.columns() - 1 : Math.min(RunContext.get().step(), model.columns() - 1);
    }

    // ------------------------------------------------------------------ painting

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getBackground());
        gc.fillRectangle(area);
        if (model == null) {
            gc.drawText("Run or debug a scenario to see its frames over time.", 6, 6);
            return;
        }
        int first = originX / CELL_W;
        int last = Math.min(model.columns() - 1, (originX + area.width - LEFT) / CELL_W + 1);
        int firstRow = originY / CELL_H;
        int lastRow = Math.min(model.lanes().size() - 1, (originY + area.height - TOP) / CELL_H + 1);
        gc.setClipping(LEFT, TOP, Math.max(0, area.width - LEFT), Math.max(0, area.height - TOP));
        for (int row = firstRow; row <= lastRow; row++) {
            Timeline.Lane lane = model.lanes().get(row);
            int y = TOP + row * CELL_H - originY;
            for (int col = first; col <= last; col++) {
                cell(gc, lane.cells().get(col), LEFT + col * CELL_W - originX, y);
            }
        }
        int focus = focusColumn();
        gc.setLineWidth(2);
        gc.drawRectangle(LEFT + focus * CELL_W - originX - 1, TOP - 1 - originY, CELL_W, model.lanes().size() * CELL_H + 1);
        gc.setLineWidth(1);
        int legendY = TOP + model.lanes().size() * CELL_H + 6 - originY;
        gc.setClipping(0, TOP, area.width, Math.max(0, area.height - TOP));
        for (int row = firstRow; row <= lastRow; row++) {
            gc.drawText("pfn " + model.lanes().get(row).pfn(), 4, TOP + row * CELL_H - originY, true);
        }
        legend(gc, legendY);
        gc.setClipping(LEFT, 0, Math.max(0, area.width - LEFT), TOP);
        for (int col = first; col <= last; col++) {
            if (col % 5 == 0 || col == model.columns() - 1) {
                gc.drawText(Integer.toString(col), LEFT + col * CELL_W - originX + 2, 1, true);
            }
        }
        gc.setClipping((Rectangle) null);
    }

    private void cell(GC gc, Timeline.Cell cell, int x, int y) {
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
        for (Timeline.Mark m : Timeline.Mark.values()) {
            marks.append(m.letter).append(" ").append(m.label).append("   ");
        }
        gc.drawText(marks.toString().trim(), 4, y + 18, true);
    }

    private Color color(String hex) {
        return colors.computeIfAbsent(hex, h -> new Color(new RGB(Integer.parseInt(h.substring(1, 3), 16),
                Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }

    // ------------------------------------------------------------------ pointing

    private int[] cellAt(int x, int y) {
        if (model == null || x < LEFT || y < TOP) {
            return null;
        }
        int col = (x - LEFT + originX) / CELL_W, row = (y - TOP + originY) / CELL_H;
        return col < model.columns() && row < model.lanes().size() ? new int[] { row, col } : null;
    }

    private String tooltipAt(int x, int y) {
        int[] rc = cellAt(x, y);
        if (rc == null) {
            return null;
        }
        Timeline.Lane lane = model.lanes().get(rc[0]);
        Timeline.Cell cell = lane.cells().get(rc[1]);
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
        return threadOf(RunContext.get().eraRun(), true);
    }

    /** The mmscope thread (of a live session; suspended ones only if asked) that debugs {@code era}, or null. */
    private static MmThread threadOf(EraRun era, boolean suspendedOnly) {
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            for (IDebugTarget t : l.getDebugTargets()) {
                if (t instanceof MmDebugTarget mt && !mt.isTerminated()) {
                    for (MmThread th : mt.eraThreads()) {
                        if (th.run() == era && (th.isSuspended() || !suspendedOnly)) {
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
