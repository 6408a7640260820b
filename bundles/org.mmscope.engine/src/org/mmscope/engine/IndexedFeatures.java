package org.mmscope.engine;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.mmscope.engine.trace.Change;
import org.mmscope.model.mm.MmPackage.Literals;

/**
 * The features the engine's indexes (frames by pfn, PTEs by address and by frame, VMAs, swap slots, names) are
 * built from. A seek that undid or redid none of them leaves the indexes valid; any other seek rebuilds them.
 */
final class IndexedFeatures {
    private static final Set<EStructuralFeature> INDEXED = Set.of(Literals.MM_STATE__FRAMES, Literals.MM_STATE__PROCESSES,
            Literals.MM_STATE__SWAP, Literals.PROCESS__MM, Literals.MM__PTES, Literals.MM__VMAS, Literals.MM__BINDINGS, Literals.PTE__FRAME,
            Literals.PTE__KIND, Literals.PTE__VPN, Literals.PTE__SWAP_SLOT, Literals.VMA__START_VPN, Literals.VMA__END_VPN,
            Literals.SWAP_DEVICE__USED, Literals.SWAP_SLOT__INDEX, Literals.FRAME__PFN, Literals.BINDING__NAME,
            Literals.BINDING__START_VPN, Literals.BINDING__PAGES);

    private IndexedFeatures() {
    }

    static boolean changes(Change c) {
        return c != null && INDEXED.contains(c.feature());
    }
}
