package org.mmscope.engine.kernel;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.SwapDevice;
import org.mmscope.model.mm.SwapSlot;

/**
 * The swap device: slots with their swap_map counts and the swap cache (slot ↔ frame). Slot numbers are handed
 * out lowest first (scan_swap_map). A slot is released when no swap PTE names it and no frame caches it.
 */
public final class SwapTable implements SwapView {
    private final SwapDevice dev;
    private final Map<Integer, SwapSlot> bySlot = new HashMap<>();
    private final BitSet inUse = new BitSet();

    SwapTable(SwapDevice dev) {
        this.dev = dev;
        if (dev != null) {
            for (SwapSlot s : dev.getUsed()) {
                bySlot.put(s.getIndex(), s);
                inUse.set(s.getIndex());
            }
        }
    }

    @Override
    public boolean present() {
        return dev != null && dev.getSlots() > 0;
    }

    @Override
    public SwapSlot slot(int index) {
        return bySlot.get(index);
    }

    /** get_swap_page(): a free slot, or null when there is no swap or it is full. */
    SwapSlot allocSlot() {
        if (!present()) {
            return null;
        }
        int index = inUse.nextClearBit(0);
        if (index >= dev.getSlots()) {
            return null;
        }
        SwapSlot s = MmFactory.eINSTANCE.createSwapSlot();
        s.setIndex(index);
        dev.getUsed().add(s);
        bySlot.put(index, s);
        inUse.set(index);
        return s;
    }

    /** add_to_swap_cache(): the frame caches the slot; the cache holds one reference. */
    void addToSwapCache(Frame f, SwapSlot s) {
        f.setSwapcache(true);
        f.setSwapSlot(s.getIndex());
        f.setRefcount(f.getRefcount() + 1);
        s.setCacheFrame(f);
    }

    /** delete_from_swap_cache() (the caller drops the cache's reference); the slot goes if nothing names it. */
    void deleteFromSwapCache(Frame f) {
        SwapSlot s = bySlot.get(f.getSwapSlot());
        f.setSwapcache(false);
        f.setSwapSlot(-1);
        if (s != null) {
            s.setCacheFrame(null);
            releaseIfUnused(s);
        }
    }

    /** swap_duplicate(): one more swap PTE names the slot. */
    void duplicate(int index) {
        SwapSlot s = bySlot.get(index);
        s.setCount(s.getCount() + 1);
    }

    /** swap_free(): one swap PTE fewer. Returns the slot's cached frame, if any. */
    Frame free(int index) {
        SwapSlot s = bySlot.get(index);
        s.setCount(s.getCount() - 1);
        Frame cached = s.getCacheFrame();
        releaseIfUnused(s);
        return cached;
    }

    @Override
    public int count(int index) {
        SwapSlot s = bySlot.get(index);
        return s == null ? 0 : s.getCount();
    }

    /** vm_swap_full(): more than half of the slots are in use. */
    @Override
    public boolean full() {
        return present() && inUse.cardinality() * 2 > dev.getSlots();
    }

    /** After undo/redo: the slot is in use again, or was released (unless another slot object has its number now). */
    void reindex(SwapSlot s, boolean inUseNow) {
        if (inUseNow) {
            bySlot.put(s.getIndex(), s);
            inUse.set(s.getIndex());
        } else if (bySlot.get(s.getIndex()) == s) {
            bySlot.remove(s.getIndex());
            inUse.clear(s.getIndex());
        }
    }

    private void releaseIfUnused(SwapSlot s) {
        if (s.getCount() == 0 && s.getCacheFrame() == null) {
            dev.getUsed().remove(s);
            bySlot.remove(s.getIndex());
            inUse.clear(s.getIndex());
        }
    }
}
