package org.mmscope.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.MemoryBlocks;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Machine;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Zone;
import org.mmscope.report.FrameStates;

/**
 * The physical frames around the touched ones, one row group per zone and memory block, each cell coloured by
 * the frame's state (the reports' colours) with a legend; the tooltip gives counters, flags and content, a click
 * selects the frame. Free frames between allocated ones are drawn white.
 */
final class FrameGrid extends Canvas {
    private static final int CELL = 14;
    private static final int GAP = 2;
    private static final int MARGIN = 4;
    private static final int CONTEXT = 4; // free frames shown on either side of the touched ones
    private static final int MAX_CELLS_PER_GROUP = 2048;

    /** One group: the pfns [from, to] of one memory block in one zone. */
    private record Group(String label, long from, long to) {
    }

    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Long, Frame> frames = new HashMap<>();
    private final Set<Long> held = new HashSet<>();
    private final Set<Long> deviceMapped = new HashSet<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<Long, Rectangle> cells = new HashMap<>();
    private long selected = -1;
    private LongConsumer onSelect = pfn -> {
    };

    FrameGrid(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.MouseMove, e -> {
            long pfn = pfnAt(e.x, e.y);
            String tip = pfn < 0 ? null : tooltip(pfn);
            if (!Objects.equals(tip, getToolTipText())) {
                setToolTipText(tip);
            }
        });
        addListener(SWT.MouseDown, e -> {
            long pfn = pfnAt(e.x, e.y);
            if (pfn >= 0) {
                onSelect.accept(pfn);
            }
        });
        addListener(SWT.Dispose, e -> colors.values().forEach(Color::dispose));
    }

    void onSelect(LongConsumer listener) {
        onSelect = listener;
    }

    void show(MmState state, long selectedPfn) {
        frames.clear();
        held.clear();
        deviceMapped.clear();
        groups.clear();
        selected = selectedPfn;
        if (state != null) {
            state.getFrames().forEach(f -> frames.put(f.getPfn(), f));
            for (PinHandle h : state.getHandles()) {
                if (!h.isReleased()) {
                    held.addAll(h.getPfns());
                }
            }
            for (Device d : state.getDevices()) {
                for (DmaMapping m : d.getMappings()) {
                    deviceMapped.addAll(m.getBusPfns());
                }
            }
            group(state);
        }
        redraw();
    }

    private void group(MmState state) {
        long blockPages = state.getMachine().getBlockPages();
        Map<Integer, long[]> spans = new TreeMap<>(); // block index → lowest, highest allocated pfn: one pass
        for (long pfn : frames.keySet()) {
            long[] span = spans.computeIfAbsent((int) (pfn / blockPages), i -> new long[] { pfn, pfn });
            span[0] = Math.min(span[0], pfn);
            span[1] = Math.max(span[1], pfn);
        }
        Machine m = state.getMachine();
        for (Map.Entry<Integer, long[]> e : spans.entrySet()) {
            long index = e.getKey();
            if (index >= MemoryBlocks.count(m)) {
                continue;
            }
            long start = MemoryBlocks.startPfn(m, index);
            long lo = e.getValue()[0];
            long hi = e.getValue()[1];
            long from = Math.max(start, lo - CONTEXT);
            long to = Math.min(start + MemoryBlocks.pages(m, index) - 1, Math.min(hi + CONTEXT, from + MAX_CELLS_PER_GROUP - 1));
            groups.add(new Group(
                    zoneOf(state, from) + " · block " + index + (MemoryBlocks.isOnline(m, index) ? "" : " (offline)") + " · pfn " + from
                            + "–" + to + (to < hi ? " (first " + MAX_CELLS_PER_GROUP + ")" : ""),
                    from, to));
        }
    }

    private static String zoneOf(MmState s, long pfn) {
        for (Zone z : s.getMachine().getZones()) {
            if (pfn >= z.getStartPfn() && pfn < z.getStartPfn() + z.getPages()) {
                return "ZONE_" + z.getType().getName();
            }
        }
        return "?";
    }

    private FrameStates stateOf(long pfn) {
        Frame f = frames.get(pfn);
        return f == null ? FrameStates.FREE : FrameStates.of(f, held.contains(pfn), deviceMapped.contains(pfn));
    }

    private Color color(String hex) {
        return colors.computeIfAbsent(hex, h -> new Color(getDisplay(), new RGB(Integer.parseInt(h.substring(1, 3), 16),
                Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }

    private void paint(GC gc) {
        cells.clear();
        Rectangle area = getClientArea();
        int perRow = Math.max(1, (area.width - 2 * MARGIN) / (CELL + GAP));
        int y = MARGIN;
        int lineHeight = gc.getFontMetrics().getHeight();
        Color border = getDisplay().getSystemColor(SWT.COLOR_GRAY);
        Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
        if (groups.isEmpty()) {
            gc.drawText("Run a scenario to see its frames.", MARGIN, y, true);
            return;
        }
        for (Group g : groups) {
            gc.setForeground(black);
            gc.drawText(g.label(), MARGIN, y, true);
            y += lineHeight + 2;
            int i = 0;
            for (long pfn = g.from(); pfn <= g.to(); pfn++, i++) {
                int x = MARGIN + (i % perRow) * (CELL + GAP);
                int cy = y + (i / perRow) * (CELL + GAP);
                Rectangle r = new Rectangle(x, cy, CELL, CELL);
                cells.put(pfn, r);
                gc.setBackground(color(stateOf(pfn).color()));
                gc.fillRectangle(r);
                gc.setForeground(pfn == selected ? black : border);
                gc.setLineWidth(pfn == selected ? 2 : 1);
                gc.drawRectangle(r);
            }
            gc.setLineWidth(1);
            y += ((int) (g.to() - g.from()) / perRow + 1) * (CELL + GAP) + 6;
        }
        int x = MARGIN;
        for (FrameStates s : FrameStates.values()) {
            Point text = gc.textExtent(s.label());
            if (x + CELL + 4 + text.x > area.width && x > MARGIN) {
                x = MARGIN;
                y += lineHeight + 4;
            }
            gc.setBackground(color(s.color()));
            gc.fillRectangle(x, y + 2, CELL - 4, CELL - 4);
            gc.setForeground(border);
            gc.drawRectangle(x, y + 2, CELL - 4, CELL - 4);
            gc.setForeground(black);
            gc.drawText(s.label(), x + CELL, y, true);
            x += CELL + text.x + 14;
        }
    }

    private long pfnAt(int x, int y) {
        for (Map.Entry<Long, Rectangle> e : cells.entrySet()) {
            if (e.getValue().contains(x, y)) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** What the tooltip says about a frame: state, counters, flags, content. */
    private String tooltip(long pfn) {
        Frame f = frames.get(pfn);
        if (f == null) {
            return "pfn " + pfn + ": free";
        }
        return "pfn " + pfn + ": " + stateOf(pfn).label() + "\nrefcount " + f.getRefcount() + ", mapcount " + f.getMapcount() + ", pins "
                + f.getPincount() + "\n" + FrameStates.flags(f) + "\n\"" + Contents.readString(f.getContent()) + "\"";
    }

}
