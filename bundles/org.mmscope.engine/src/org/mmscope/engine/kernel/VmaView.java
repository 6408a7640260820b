package org.mmscope.engine.kernel;

import java.util.List;

import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.Vma;

/** What can be read of each mm's VMA tree; VMAs are inserted, split and removed through {@link Kernel}. */
public interface VmaView {
    /** find_vma(): the VMA containing {@code vpn}, or null. */
    Vma find(Mm mm, long vpn);

    /** VMAs overlapping [start, end), in address order. */
    List<Vma> overlapping(Mm mm, long start, long end);

    /** Every VMA of the mm in address order (a copy). */
    List<Vma> all(Mm mm);
}
