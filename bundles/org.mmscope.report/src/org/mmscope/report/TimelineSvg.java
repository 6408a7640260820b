package org.mmscope.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTML report's drawing of a {@link Timeline} (the IDE's Timeline view draws the same model with SWT): one lane
 * per frame, one column per step, each run of equal states one rectangle in the state's colour with a tooltip, the
 * events of a step as their letters (f fault, C COW copy, O swap out, I swap in, M migration, P pin, D DMA, x free) —
 * as a tick where columns are too narrow for letters — and step numbers along the top. A long run gets narrower
 * columns (at least {@value #MIN_CELL_W} px), never fewer.
 */
final class TimelineSvg {
    static final int MAX_CELL_W = 18, MIN_CELL_W = 2, LANE_H = 16, LEFT = 64, TOP = 16, TARGET_WIDTH = 1200;

    private TimelineSvg() {
    }

    /** Column width for {@code columns} columns: as wide as letters need, narrower for long runs. */
    static int cellWidth(int columns) {
        return Math.max(MIN_CELL_W, Math.min(MAX_CELL_W, TARGET_WIDTH / Math.max(1, columns)));
    }

    static void render(StringBuilder b, Timeline t) {
        int w = cellWidth(t.columns());
        int width = LEFT + t.columns() * w + 2;
        int height = TOP + t.lanes().size() * LANE_H + 2;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(width).append("\" height=\"")
                .append(height)
                .append("\" font-family=\"monospace\" role=\"img\" aria-label=\"timeline of ").append(HtmlReport.esc(t.era()))
                .append("\">\n");
        axis(b, t.columns(), w);
        for (int row = 0; row < t.lanes().size(); row++) {
            lane(b, t.lanes().get(row), TOP + row * LANE_H, w);
        }
        b.append("</svg>\n");
    }

    /** Step numbers (column 0 is boot) every so many columns that the labels do not overlap. */
    private static void axis(StringBuilder b, int columns, int w) {
        int every = 1;
        while (every * w < 28) {
            every = every < 5 ? 5 : every * 2;
        }
        for (int col = 0; col < columns; col += every) {
            b.append("<text x=\"").append(LEFT + col * w).append("\" y=\"11\" font-size=\"9\" fill=\"#666\">").append(col)
                    .append("</text>");
        }
        b.append('\n');
    }

    private static void lane(StringBuilder b, Timeline.Lane lane, int y, int w) {
        b.append("<g class=\"lane\" data-pfn=\"").append(lane.pfn()).append("\"><text x=\"2\" y=\"").append(y + LANE_H - 4)
                .append("\" font-size=\"11\">pfn ").append(lane.pfn()).append("</text>");
        List<Timeline.Cell> cells = lane.cells();
        int col = 0;
        while (col < cells.size()) { // one rectangle per run of equal states
            FrameStates st = stateAt(cells, col);
            int end = col + 1;
            while (end < cells.size() && stateAt(cells, end) == st) {
                end++;
            }
            if (st != null) {
                b.append("<rect x=\"").append(LEFT + col * w).append("\" y=\"").append(y + 1).append("\" width=\"").append((end - col) * w)
                        .append("\" height=\"").append(LANE_H - 2).append("\" fill=\"").append(st.color())
                        .append("\" stroke=\"#888\" stroke-width=\"0.5\"><title>pfn ")
                        .append(lane.pfn()).append(", ").append(span(col, end - 1)).append(": ").append(HtmlReport.esc(st.label()))
                        .append("</title></rect>");
            }
            col = end;
        }
        for (int c = 0; c < cells.size(); c++) {
            Timeline.Cell cell = cells.get(c);
            if (!cell.marks().isEmpty()) {
                marks(b, lane.pfn(), c, cell, y, w);
            }
        }
        b.append("</g>\n");
    }

    private static void marks(StringBuilder b, long pfn, int col, Timeline.Cell cell, int y, int w) {
        String labels = cell.marks().stream().map(m -> m.label).collect(Collectors.joining(", "));
        String title = "pfn " + pfn + " at step " + col + ": " + labels;
        if (w >= 10) {
            String letters = cell.marks().stream().map(m -> m.letter).collect(Collectors.joining());
            boolean light = cell.state() == FrameStates.FREE || cell.state() == FrameStates.ZERO;
            b.append("<text class=\"mark\" x=\"").append(LEFT + col * w + w / 2).append("\" y=\"").append(y + LANE_H - 4)
                    .append("\" font-size=\"").append(letters.length() > 1 ? 8 : 10).append("\" text-anchor=\"middle\" fill=\"")
                    .append(light ? "#222" : "#fff").append("\"><title>").append(HtmlReport.esc(title)).append("</title>")
                    .append(HtmlReport.esc(letters)).append("</text>");
        } else {
            b.append("<rect class=\"mark\" x=\"").append(LEFT + col * w).append("\" y=\"").append(y + 1).append("\" width=\"").append(w)
                    .append("\" height=\"3\" fill=\"#000\"><title>").append(HtmlReport.esc(title)).append("</title></rect>");
        }
    }

    /** A lane's state at a column (null: not allocated yet). */
    private static FrameStates stateAt(List<Timeline.Cell> cells, int col) {
        return cells.get(col).state();
    }

    private static String span(int from, int to) {
        String a = from == 0 ? "boot" : "step " + from;
        return from == to ? a : a + " to step " + to;
    }

    /** The legend below the lanes: the states' colours and the events' letters. */
    static void legend(StringBuilder b) {
        b.append("<p class=\"legend\">");
        for (FrameStates st : FrameStates.values()) {
            b.append("<span><i style=\"background:").append(st.color()).append(";border:1px solid #888\"></i>")
                    .append(HtmlReport.esc(st.label()))
                    .append("</span>");
        }
        for (Timeline.Mark m : Timeline.Mark.values()) {
            b.append("<span><b>").append(m.letter).append("</b> ").append(HtmlReport.esc(m.label)).append("</span>");
        }
        b.append("<span>(one lane per frame the run touched, one column per step, 0 the booted machine; hover for details)</span></p>\n");
    }
}
