package org.mmscope.engine.state;

import org.mmscope.engine.kernel.LongMap;

/**
 * Canonical ids by pfn (or swap slot number) for one walk: pages of 4096 ints keyed by {@code pfn >>> 12}, so
 * that the lookups of frames allocated near each other hit one small array (the walk looks every frame up
 * several times; a hash probe per lookup was most of its cost).
 */
final class PfnIds {
    private static final int SHIFT = 12;
    private final LongMap<int[]> pages = new LongMap<>();
    private long lastKey = Long.MIN_VALUE;
    private int[] last;
    private int size;

    /** The id of {@code pfn}, or -1. */
    int get(long pfn) {
        int[] page = page(pfn >>> SHIFT, false);
        return page == null ? -1 : page[(int) (pfn & ((1 << SHIFT) - 1))] - 1;
    }

    boolean contains(long pfn) {
        return get(pfn) >= 0;
    }

    /** Gives {@code pfn} the next id (it has none yet) and returns it. */
    int add(long pfn) {
        page(pfn >>> SHIFT, true)[(int) (pfn & ((1 << SHIFT) - 1))] = ++size;
        return size - 1;
    }

    private int[] page(long key, boolean create) {
        if (key == lastKey) {
            return last;
        }
        int[] p = pages.get(key);
        if (p == null) {
            if (!create) {
                return null;
            }
            p = new int[1 << SHIFT];
            pages.put(key, p);
        }
        lastKey = key;
        last = p;
        return p;
    }
}
