package org.mmscope.engine.check;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.trace.HazardKind;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.SwapSlot;

/**
 * dma-diverged, checked after every step: the pinning process's PTE maps another frame than the one the device
 * holds (SEMANTICS.md I12). dma-orphaned and pinned-swapped are raised where they happen (DMA write, unmap).
 */
public final class HazardDetector {
    private HazardDetector() {
    }

    public static void afterStep(Kernel k) {
        for (Device d : k.state().getDevices()) {
            for (DmaMapping m : d.getMappings()) {
                PinHandle h = m.getHandle();
                Process owner = h.getOwner();
                if (owner == null || owner.isExited()) {
                    continue;
                }
                for (int i = 0; i < m.getBusPfns().size(); i++) {
                    long bus = m.getBusPfns().get(i);
                    Pte pte = k.pageTables().get(owner.getMm(), h.getStartVpn() + i);
                    long now = pfnBehind(k, pte);
                    if (now >= 0 && now != bus) {
                        k.hazard(HazardKind.DMA_DIVERGED, bus, owner.getName() + "'s page " + i + " of " + h.getName() + " is pfn " + now
                                + " but " + d.getName() + " holds pfn " + bus);
                    }
                }
            }
        }
    }

    /** The frame behind a PTE: the mapped one, or the swap-cache frame of a swap entry; -1 if none. */
    private static long pfnBehind(Kernel k, Pte pte) {
        if (pte == null) {
            return -1;
        }
        if (pte.getKind() == PteKind.PRESENT) {
            return pte.getFrame().getPfn();
        }
        SwapSlot s = k.slot(pte.getSwapSlot());
        return s != null && s.getCacheFrame() != null ? s.getCacheFrame().getPfn() : Long.MAX_VALUE;
    }
}
