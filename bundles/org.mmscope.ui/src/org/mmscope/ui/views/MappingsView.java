package org.mmscope.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;

/**
 * The Mappings view: process → VMA → PTE → frame, then the handles and devices that hold frames, for the state
 * in focus (final, or after the step selected in the Trace view).
 */
public class MappingsView extends TwoColumnTreeView {
    public static final String ID = "org.mmscope.ui.views.mappings";

    @Override
    protected String firstColumn() {
        return "mapping";
    }

    @Override
    protected int[] widths() {
        return new int[] { 300, 360 };
    }

    @Override
    protected void fill(RunContext c) {
        MmState s = c.state();
        if (s == null) {
            return;
        }
        for (Process p : s.getProcesses()) {
            TreeItem pi = item(null, p.getName() + (p.isExited() ? " (exited)" : ""), "pid " + p.getPid()
                    + (p.getMm().isHasPinned() ? ", MMF_HAS_PINNED" : ""));
            List<Vma> vmas = new ArrayList<>(p.getMm().getVmas());
            vmas.sort(Comparator.comparingLong(Vma::getStartVpn));
            for (Vma v : vmas) {
                TreeItem vi = item(pi, "0x" + Long.toHexString(v.getStartVpn() << 12) + "–0x" + Long.toHexString(v.getEndVpn() << 12),
                        flags(v));
                for (Pte pte : p.getMm().getPtes()) {
                    if (pte.getVpn() >= v.getStartVpn() && pte.getVpn() < v.getEndVpn()) {
                        TreeItem ti = item(vi, "0x" + Long.toHexString(pte.getVpn() << 12), pte.getKind() == PteKind.PRESENT
                                ? "→ pfn " + pte.getFrame().getPfn() + (pte.isWritable() ? " rw" : " ro") + (pte.isDirty() ? " dirty" : "")
                                : "→ swap slot " + pte.getSwapSlot() + (pte.isSwapExclusive() ? " (exclusive)" : ""));
                        if (pte.getKind() == PteKind.PRESENT && pte.getFrame().getPfn() == c.frame()) {
                            mark(ti);
                        }
                    }
                }
            }
        }
        for (PinHandle h : s.getHandles()) {
            TreeItem hi = item(null, "handle " + h.getName(), h.getKind().getName().toLowerCase() + (h.isLongterm() ? " longterm" : "")
                    + (h.isReleased() ? ", released" : "") + ": pfns " + h.getPfns());
            if (!h.isReleased() && h.getPfns().contains(c.frame())) {
                mark(hi);
            }
        }
        for (Device d : s.getDevices()) {
            TreeItem di = item(null, "device " + d.getName(), d.getMappings().size() + " mapping(s)");
            for (DmaMapping m : d.getMappings()) {
                TreeItem mi = item(di, m.getHandle().getName(),
                        m.getDirection().getName().toLowerCase() + ": bus addresses = pfns " + m.getBusPfns());
                if (m.getBusPfns().contains(c.frame())) {
                    mark(mi);
                }
            }
        }
    }

    private static String flags(Vma v) {
        return (v.isRead() ? "r" : "-") + (v.isWrite() ? "w" : "-") + (v.isShared() ? "s" : "p")
                + (v.getFile() != null ? " file " + v.getFile().getName() : " anon") + (v.isLocked() ? " VM_LOCKED" : "")
                + (v.isDontcopy() ? " VM_DONTCOPY" : "") + (v.isWipeonfork() ? " VM_WIPEONFORK" : "");
    }

    /** Highlights a row that involves the frame in focus (selected in the Frames view). */
    private void mark(TreeItem it) {
        it.setBackground(TraceView.highlight(it));
    }

}
