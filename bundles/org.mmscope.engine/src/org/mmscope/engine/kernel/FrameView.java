package org.mmscope.engine.kernel;

import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Zone;

/** What can be read of the page allocator's pfn index; frames are allocated and freed through {@link Kernel}. */
public interface FrameView {
    /** The allocated frame at {@code pfn}, or null (free). */
    Frame get(long pfn);

    boolean isAllocated(long pfn);

    /** How many frames are allocated now (the zero page included). */
    long count();

    /** The zone a pfn belongs to, or null. */
    Zone zoneOf(long pfn);
}
