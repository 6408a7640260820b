package org.mmscope.engine.kernel;

import org.mmscope.model.mm.SwapSlot;

/** What can be read of the swap device; slots and the swap cache change through {@link Kernel}. */
public interface SwapView {
    /** Whether there is swap at all (total_swap_pages > 0). */
    boolean present();

    /** The slot in use under {@code index}, or null. */
    SwapSlot slot(int index);

    /** How many swap PTEs name the slot (its swap_map count). */
    int count(int index);

    /** vm_swap_full(): more than half of the slots are in use. */
    boolean full();
}
