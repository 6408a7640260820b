package org.mmscope.engine.kernel;

import java.util.HashMap;
import java.util.Map;

import org.mmscope.model.mm.Mm;

/**
 * Which frame each PTE changed in the current step mapped before it (-1: not present). This is what
 * "moved" compares against; it is reset at the start of every step.
 */
public final class PteChangeLog {
    private record Key(Mm mm, long vpn) {
    }

    private final Map<Key, Long> before = new HashMap<>();

    void record(Mm mm, long vpn, long oldPfn, long newPfn) {
        before.putIfAbsent(new Key(mm, vpn), oldPfn);
    }

    public void reset() {
        before.clear();
    }

    /** The pfn the PTE mapped before this step, or {@code current} if the step did not change it. */
    public long pfnBefore(Mm mm, long vpn, long current) {
        Long b = before.get(new Key(mm, vpn));
        return b == null ? current : b;
    }

}
