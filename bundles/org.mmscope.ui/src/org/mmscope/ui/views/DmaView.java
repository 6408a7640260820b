package org.mmscope.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.TreeItem;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.Pte;
import org.mmscope.report.FrameUsers;

/**
 * The DMA view: each device with its mappings (handle, direction, bus addresses) and, per bus address, what the
 * frame holds and which process pages map it; the DMA transfers of the run up to the step in focus; and the
 * hazards raised so far, marked in red.
 */
public class DmaView extends TwoColumnTreeView {
    public static final String ID = "org.mmscope.ui.views.dma";

    @Override
    protected String firstColumn() {
        return "device / transfer";
    }

    @Override
    protected int[] widths() {
        return new int[] { 300, 460 };
    }

    @Override
    protected void fill(RunContext c) {
        MmState s = c.state();
        EraRun era = c.eraRun();
        if (s == null || era == null) {
            return;
        }
        int upTo = c.step() < 0 ? Integer.MAX_VALUE : c.step();
        for (Device d : s.getDevices()) {
            TreeItem di = item(null, "device " + d.getName(), d.getMappings().size() + " mapping(s)");
            for (DmaMapping m : d.getMappings()) {
                TreeItem mi = item(di, "handle " + m.getHandle().getName(), m.getDirection().getName().toLowerCase().replace('_', ' ')
                        + (m.getHandle().isReleased() ? ", handle released" : ""));
                for (int i = 0; i < m.getBusPfns().size(); i++) {
                    long pfn = m.getBusPfns().get(i);
                    TreeItem bi = item(mi, "[" + i + "] bus address = pfn " + pfn, frameDetail(s, pfn));
                    if (pfn == c.frame()) {
                        bi.setBackground(TraceView.highlight(bi)); // the frame selected in the Frames view
                    }
                }
            }
        }
        TreeItem transfers = item(null, "transfers", "");
        int count = 0;
        for (TraceStep t : era.steps()) {
            if (t.index() > upTo) {
                break;
            }
            if (t.op() instanceof Op.DmaWrite || t.op() instanceof Op.DmaRead || t.op() instanceof Op.DmaMap
                    || t.op() instanceof Op.DmaUnmap) {
                item(transfers, "step " + t.index() + " (line " + t.line() + ")",
                        t.actor() + ": " + t.text() + (t.failed() ? " → " + t.errno() : ""));
                count++;
            }
        }
        transfers.setText(1, count + " DMA step(s)");
        List<HazardRecord> hazards = new ArrayList<>();
        for (HazardRecord h : era.hazards()) {
            if (h.step() <= upTo) {
                hazards.add(h);
            }
        }
        TreeItem hi = item(null, "hazards", hazards.isEmpty() ? "none" : hazards.size() + " raised");
        Color red = tree.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        for (HazardRecord h : hazards) {
            TreeItem it = item(hi, "⚠ " + h.kind(), "step " + h.step() + " (line " + h.line() + "): " + h.message());
            it.setForeground(red);
        }
        if (!hazards.isEmpty()) {
            hi.setForeground(red);
        }
    }

    private static String frameDetail(MmState s, long pfn) {
        Frame f = null;
        for (Frame x : s.getFrames()) {
            if (x.getPfn() == pfn) {
                f = x;
                break;
            }
        }
        if (f == null) {
            return "free frame";
        }
        List<String> mappers = new ArrayList<>();
        for (Pte pte : FrameUsers.mappers(s, f)) {
            mappers.add(PageTables.processOf(pte).getName() + " @0x" + Long.toHexString(pte.getVpn() << 12));
        }
        String content = "\"" + Contents.readString(f.getContent()) + "\"";
        return content + (mappers.isEmpty() ? " — mapped by no process" : " — mapped by " + String.join(", ", mappers))
                + (f.isSwapcache() ? ", in the swap cache" : "") + (f.getFile() != null ? ", page cache of " + f.getFile().getName() : "");
    }

}
