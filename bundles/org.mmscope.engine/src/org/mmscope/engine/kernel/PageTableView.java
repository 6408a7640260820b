package org.mmscope.engine.kernel;

import java.util.List;

import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.Pte;

/** What can be read of the page tables and the reverse map; PTEs change through {@link Kernel}'s set/clear methods. */
public interface PageTableView {
    /** The entry of {@code mm} at {@code vpn}, or null (none). */
    Pte get(Mm mm, long vpn);

    /** The present PTEs mapping {@code f} (rmap_walk), in mapping order; a copy. */
    List<Pte> mappers(Frame f);

    /** All PTEs of one mm with vpn in [start, end), in address order. */
    List<Pte> range(Mm mm, long start, long end);

    /** Non-empty entries in all page tables now. */
    long count();
}
