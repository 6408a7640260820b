package org.mmscope.engine.kernel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Vma;

/**
 * find_vma: each mm's VMAs by start address (the kernel's maple tree). Every VMA added, removed or resized
 * goes through here so the index and the EMF list agree.
 */
public final class VmaIndex implements VmaView {
    private final Map<Mm, TreeMap<Long, Vma>> byStart = new IdentityHashMap<>();

    VmaIndex(Iterable<Process> processes) {
        for (Process p : processes) {
            for (Vma v : p.getMm().getVmas()) {
                tree(p.getMm()).put(v.getStartVpn(), v);
            }
        }
    }

    private TreeMap<Long, Vma> tree(Mm mm) {
        TreeMap<Long, Vma> t = byStart.get(mm); // no lambda per lookup: this is on every memory access
        if (t == null) {
            t = new TreeMap<>();
            byStart.put(mm, t);
        }
        return t;
    }

    /** The VMA containing {@code vpn}, or null. */
    @Override
    public Vma find(Mm mm, long vpn) {
        var e = tree(mm).floorEntry(vpn);
        return e != null && vpn < e.getValue().getEndVpn() ? e.getValue() : null;
    }

    /** VMAs overlapping [start, end), in address order. */
    @Override
    public List<Vma> overlapping(Mm mm, long start, long end) {
        TreeMap<Long, Vma> t = tree(mm);
        List<Vma> out = new ArrayList<>();
        Vma first = find(mm, start);
        if (first != null) {
            out.add(first);
        }
        for (Vma v : t.subMap(start, false, end, false).values()) {
            if (v != first) {
                out.add(v);
            }
        }
        return out;
    }

    /** Every VMA of the mm in address order. */
    @Override
    public List<Vma> all(Mm mm) {
        return new ArrayList<>(tree(mm).values());
    }

    void add(Mm mm, Vma v) {
        mm.getVmas().add(v);
        tree(mm).put(v.getStartVpn(), v);
    }

    void remove(Mm mm, Vma v) {
        tree(mm).remove(v.getStartVpn());
        mm.getVmas().remove(v);
    }

    void clear(Mm mm) {
        tree(mm).clear();
        mm.getVmas().clear();
    }

    /** Builds mm's tree again from its VMA list (after undo/redo), or forgets it for an mm no longer in the state. */
    void reindex(Mm mm, boolean live) {
        if (!live) {
            byStart.remove(mm);
            return;
        }
        TreeMap<Long, Vma> t = tree(mm);
        t.clear();
        for (Vma v : mm.getVmas()) {
            t.put(v.getStartVpn(), v);
        }
    }

    /** split_vma: {@code v} keeps [start, at), {@code tail} (a copy) takes [at, end). */
    void split(Mm mm, Vma v, Vma tail, long at) {
        tail.setStartVpn(at);
        v.setEndVpn(at);
        mm.getVmas().add(mm.getVmas().indexOf(v) + 1, tail);
        tree(mm).put(at, tail);
    }
}
