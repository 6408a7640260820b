package org.mmscope.report;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * Who uses a frame, read from a state alone (reports, and the IDE's views on past states): the PTEs that map
 * it, the handles that hold it, the devices that address it, and the one state it is coloured by.
 */
public final class FrameUsers {
    private FrameUsers() {
    }

    /** The present PTEs that map {@code f}, by a scan of every process (no reverse map needed). */
    public static List<Pte> mappers(MmState s, Frame f) {
        List<Pte> out = new ArrayList<>();
        for (Process p : s.getProcesses()) {
            for (Pte pte : p.getMm().getPtes()) {
                if (pte.getKind() == PteKind.PRESENT && pte.getFrame() == f) {
                    out.add(pte);
                }
            }
        }
        return out;
    }

    /** The live handles holding the pfn, as "name (get|pin)". */
    public static List<String> heldBy(MmState s, long pfn) {
        List<String> out = new ArrayList<>();
        for (PinHandle h : s.getHandles()) {
            if (!h.isReleased() && h.getPfns().contains(pfn)) {
                out.add(h.getName() + " (" + h.getKind().getName().toLowerCase() + ")");
            }
        }
        return out;
    }

    /** The device mappings addressing the pfn, as "device via handle". */
    public static List<String> devices(MmState s, long pfn) {
        List<String> out = new ArrayList<>();
        for (Device d : s.getDevices()) {
            for (DmaMapping m : d.getMappings()) {
                if (m.getBusPfns().contains(pfn)) {
                    out.add(d.getName() + " via " + m.getHandle().getName());
                }
            }
        }
        return out;
    }

    public static FrameStates stateOf(MmState s, Frame f) {
        return FrameStates.of(f, !heldBy(s, f.getPfn()).isEmpty(), !devices(s, f.getPfn()).isEmpty());
    }
}
