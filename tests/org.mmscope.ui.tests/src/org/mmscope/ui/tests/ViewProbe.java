package org.mmscope.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.mmscope.report.FrameStates;

/**
 * What the mmscope views show, read from their widgets as a user reads them: the rows of a tree or table, the rows
 * drawn highlighted, a row clicked; the frame grid's cells through the tooltip a mouse over each cell shows (the
 * canvas draws them, it has no items), a cell clicked; and what a view gives the Properties view (its site's
 * selection).
 */
public final class ViewProbe {
    private ViewProbe() {
    }

    /** The tree of a view (Mappings, DMA). */
    public static Tree tree(IViewPart view) {
        return Ui.control(view, Tree.class);
    }

    /** The table of a view (Trace; the Frames view's table of frames). */
    public static Table table(IViewPart view) {
        return Ui.control(view, Table.class);
    }

    /** Every row of a two-column tree as "column 0 | column 1", depth first. */
    public static List<String> rows(Tree tree) {
        List<String> out = new ArrayList<>();
        collect(tree.getItems(), out, false);
        return out;
    }

    /** The rows drawn highlighted (the background the views give what involves the frame in focus), "column 0 | column 1". */
    public static List<String> highlighted(Tree tree) {
        List<String> out = new ArrayList<>();
        collect(tree.getItems(), out, true);
        return out;
    }

    private static void collect(TreeItem[] items, List<String> out, boolean onlyHighlighted) {
        for (TreeItem it : items) {
            if (!onlyHighlighted || it.getBackground().equals(it.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND))) {
                out.add(it.getText(0) + " | " + it.getText(1));
            }
            collect(it.getItems(), out, onlyHighlighted);
        }
    }

    /** The first column of the top-level rows of a tree. */
    public static List<String> topLevel(Tree tree) {
        return Arrays.stream(tree.getItems()).map(it -> it.getText(0)).toList();
    }

    /** The first column of the rows of a table drawn highlighted (the Trace view: the step numbers). */
    public static List<Integer> highlightedSteps(Table table) {
        List<Integer> out = new ArrayList<>();
        for (TableItem it : table.getItems()) {
            if (it.getBackground().equals(it.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND))) {
                out.add(Integer.parseInt(it.getText(0)));
            }
        }
        return out;
    }

    /** Clicks row {@code row} of a table (the Trace view: row n is the state after step n). */
    public static void click(Table table, int row) {
        table.setSelection(row);
        Event e = new Event();
        e.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, e);
    }

    /** The text of a table's cell. */
    public static String cell(Table table, int row, int column) {
        return table.getItem(row).getText(column);
    }

    /** What a view gives the Properties view: its site's selection. */
    public static ISelection selection(IViewPart view) {
        return view.getSite().getSelectionProvider().getSelection();
    }

    /** One cell of the frame grid: its pfn, the tooltip a mouse over it shows, and a point inside it. */
    public record GridCell(long pfn, String tooltip, int x, int y) {
        /** The frame's state as the tooltip names it in the legend's words ("pfn 3: free" → FREE, "free (touched earlier)"). */
        public FrameStates state() {
            String label = tooltip.substring(tooltip.indexOf(": ") + 2).lines().findFirst().orElse("");
            return Arrays.stream(FrameStates.values()).filter(s -> s.label().equals(label) || s.label().startsWith(label + " ("))
                    .findFirst()
                    .orElseThrow(
                            () -> new AssertionError("no frame state is labelled '" + label + "': " + tooltip));
        }
    }

    /**
     * The cells the Frames view's grid draws, by pfn: the grid brought to the top and drawn, then the mouse moved
     * over it in steps smaller than a cell, keeping the tooltip of each cell it finds ("pfn N: state …").
     */
    public static Map<Long, GridCell> grid(IViewPart framesView) throws InterruptedException {
        framesView.getSite().getPage().bringToTop(framesView);
        Canvas canvas = Ui.control(framesView, Canvas.class);
        boolean[] painted = { false };
        Listener paint = e -> painted[0] = true; // after the grid's own paint listener: the cells are laid out
        canvas.addListener(SWT.Paint, paint);
        canvas.redraw();
        canvas.update();
        Ui.waitFor(() -> painted[0], 5000);
        canvas.removeListener(SWT.Paint, paint);
        Map<Long, GridCell> cells = new TreeMap<>();
        Rectangle area = canvas.getClientArea();
        for (int y = 0; y < area.height; y += 5) {
            for (int x = 0; x < area.width; x += 5) {
                Event move = new Event();
                move.x = x;
                move.y = y;
                canvas.notifyListeners(SWT.MouseMove, move);
                String tip = canvas.getToolTipText();
                if (tip != null && tip.startsWith("pfn ")) {
                    long pfn = Long.parseLong(tip.substring(4, tip.indexOf(':')));
                    cells.putIfAbsent(pfn, new GridCell(pfn, tip, x, y));
                }
            }
        }
        return cells;
    }

    /** The cells of {@link #grid} in pfn order as "pfn:STATE". */
    public static List<String> cells(Map<Long, GridCell> grid) {
        return grid.values().stream().map(c -> c.pfn() + ":" + c.state().name()).toList();
    }

    /** Clicks a cell of the frame grid. */
    public static void click(IViewPart framesView, GridCell cell) {
        Canvas canvas = Ui.control(framesView, Canvas.class);
        Event down = new Event();
        down.x = cell.x();
        down.y = cell.y();
        down.button = 1;
        canvas.notifyListeners(SWT.MouseDown, down);
    }
}
