package org.mmscope.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;

/** Read-only tabular views of a final state, shared by every report format (no kernel logic here). */
final class StateView {
    record FrameRow(long pfn, String zone, int refcount, int mapcount, int pincount, String state, String flags, String content) {
    }

    record MappingRow(String process, String vma, String vaddr, String pte, String frame) {
    }

    record HolderRow(long pfn, String mappedBy, String heldBy, String devices) {
    }

    record DmaRow(String device, String handle, String direction, String busPfns, String holder) {
    }

    private StateView() {
    }

    static List<FrameRow> frames(Kernel k) {
        List<Frame> fs = new ArrayList<>(k.state().getFrames());
        fs.sort(Comparator.comparingLong(Frame::getPfn));
        List<FrameRow> rows = new ArrayList<>();
        for (Frame f : fs) {
            rows.add(new FrameRow(f.getPfn(), f.getZone().getName().toLowerCase(), f.getRefcount(), f.getMapcount(), f.getPincount(),
                    stateOf(k, f).label, FrameStates.flags(f), Contents.readString(f.getContent())));
        }
        return rows;
    }

    static FrameStates stateOf(Kernel k, Frame f) {
        return FrameUsers.stateOf(k.state(), f);
    }

    static List<MappingRow> mappings(Kernel k) {
        List<MappingRow> rows = new ArrayList<>();
        for (Process p : k.state().getProcesses()) {
            List<Pte> ptes = new ArrayList<>(p.getMm().getPtes());
            ptes.sort(Comparator.comparingLong(Pte::getVpn));
            for (Pte pte : ptes) {
                String kind = pte.getKind() == PteKind.PRESENT
                        ? (pte.isWritable() ? "present rw" : "present ro") + (pte.isDirty() ? " dirty" : "")
                        : "swap slot " + pte.getSwapSlot() + (pte.isSwapExclusive() ? " (exclusive)" : "");
                String frame = pte.getKind() == PteKind.PRESENT ? "pfn " + pte.getFrame().getPfn() : "";
                Vma v = k.findVma(p.getMm(), pte.getVpn());
                String vma = v == null ? "(none)"
                        : "0x" + Long.toHexString(v.getStartVpn() << 12) + "–0x" + Long.toHexString(v.getEndVpn() << 12)
                                + " " + (v.isRead() ? "r" : "-") + (v.isWrite() ? "w" : "-") + (v.isShared() ? "s" : "p")
                                + (v.getFile() != null ? " " + v.getFile().getName() : " anon") + (v.isLocked() ? " locked" : "")
                                + (v.isDontcopy() ? " dontcopy" : "") + (v.isWipeonfork() ? " wipeonfork" : "");
                rows.add(new MappingRow(p.getName() + (p.isExited() ? " (exited)" : ""), vma, "0x" + Long.toHexString(pte.getVpn() << 12),
                        kind, frame));
            }
        }
        return rows;
    }

    /** The reverse view: for each frame, which PTEs map it, which handles hold it, which devices address it. */
    static List<HolderRow> holders(Kernel k) {
        List<HolderRow> rows = new ArrayList<>();
        List<Frame> fs = new ArrayList<>(k.state().getFrames());
        fs.sort(Comparator.comparingLong(Frame::getPfn));
        for (Frame f : fs) {
            if (f.isZeroPage()) {
                continue;
            }
            List<String> mapped = new ArrayList<>();
            for (Pte pte : k.pageTables().mappers(f)) {
                mapped.add(PageTables.processOf(pte).getName() + "@0x" + Long.toHexString(pte.getVpn() << 12));
            }
            List<String> held = FrameUsers.heldBy(k.state(), f.getPfn());
            List<String> devices = FrameUsers.devices(k.state(), f.getPfn());
            if (f.isSwapcache()) {
                mapped.add("swap cache slot " + f.getSwapSlot());
            }
            if (f.getFile() != null) {
                mapped.add("page cache of " + f.getFile().getName());
            }
            rows.add(new HolderRow(f.getPfn(), String.join(", ", mapped), String.join(", ", held), String.join(", ", devices)));
        }
        return rows;
    }

    static List<DmaRow> dma(Kernel k) {
        List<DmaRow> rows = new ArrayList<>();
        for (Device d : k.state().getDevices()) {
            for (DmaMapping m : d.getMappings()) {
                PinHandle h = m.getHandle();
                rows.add(new DmaRow(d.getName(),
                        h.getName() + " (" + h.getKind().getName().toLowerCase() + (h.isReleased() ? ", released" : "") + ")",
                        m.getDirection().getName().toLowerCase(), m.getBusPfns().toString(),
                        h.getOwner() == null ? "" : h.getOwner().getName()));
            }
        }
        return rows;
    }
}
