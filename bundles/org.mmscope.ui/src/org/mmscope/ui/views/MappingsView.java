package org.mmscope.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
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
public class MappingsView extends ViewPart implements RunContext.Listener {
    public static final String ID = "org.mmscope.ui.views.mappings";
    private Tree tree;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        for (String c : new String[] { "mapping", "detail" }) {
            TreeColumn col = new TreeColumn(tree, SWT.LEFT);
            col.setText(c);
            col.setWidth(c.equals("mapping") ? 300 : 360);
        }
        RunContext.get().addListener(this);
        focusChanged(RunContext.get());
    }

    @Override
    public void focusChanged(RunContext c) {
        if (tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        marked.clear();
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
                TreeItem mi = item(di, m.getHandle().getName(), m.getDirection().getName().toLowerCase() + ": bus addresses = pfns " + m.getBusPfns());
                if (m.getBusPfns().contains(c.frame())) {
                    mark(mi);
                }
            }
        }
        expandAll(tree.getItems());
    }

    /** Top-down, so GTK keeps nested items open. */
    private static void expandAll(TreeItem[] items) {
        for (TreeItem it : items) {
            it.setExpanded(true);
            expandAll(it.getItems());
        }
    }

    private static String flags(Vma v) {
        return (v.isRead() ? "r" : "-") + (v.isWrite() ? "w" : "-") + (v.isShared() ? "s" : "p")
                + (v.getFile() != null ? " file " + v.getFile().getName() : " anon") + (v.isLocked() ? " VM_LOCKED" : "")
                + (v.isDontcopy() ? " VM_DONTCOPY" : "") + (v.isWipeonfork() ? " VM_WIPEONFORK" : "");
    }

    private TreeItem item(TreeItem parent, String a, String b) {
        TreeItem it = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        it.setText(new String[] { a, b });
        return it;
    }

    private final java.util.List<String> marked = new ArrayList<>();

    /** Highlights a row that involves the frame in focus (selected in the Frames view). */
    private void mark(TreeItem it) {
        it.setBackground(TraceView.highlight(it));
        marked.add(it.getText(0) + " " + it.getText(1));
    }

    /** The rows highlighted for the frame in focus, as "name detail" (tests). */
    public java.util.List<String> highlighted() {
        return java.util.List.copyOf(marked);
    }

    /** The texts of the top-level items (tests). */
    public List<String> topLevel() {
        List<String> out = new ArrayList<>();
        for (TreeItem it : tree.getItems()) {
            out.add(it.getText(0));
        }
        return out;
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(this);
        super.dispose();
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
