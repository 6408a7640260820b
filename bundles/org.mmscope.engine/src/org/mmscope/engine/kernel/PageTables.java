package org.mmscope.engine.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mmscope.engine.BudgetExceeded;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * Every page table of the machine, with the reverse map (frame → PTEs, what rmap walks) kept as an index.
 * All PTE changes go through here so the index stays exact (the cursor's undo and redo patch it: {@link IndexRepair}).
 * Counters (mapcount, refcount) are not touched here: the kernel paths do that, as the kernel does.
 */
public final class PageTables implements PageTableView {
    private final Map<Mm, LongMap<Pte>> byVpn = new IdentityHashMap<>();
    /** frame → its one Pte, or a List of Ptes once it has several mappings (most frames have one). */
    private final Map<Frame, Object> rmap = new IdentityHashMap<>();
    private Mm batchMm;
    private final Set<Pte> batchDoomed = Collections.newSetFromMap(new IdentityHashMap<>());

    PageTables(Iterable<Process> processes) {
        for (Process p : processes) {
            index(p.getMm());
        }
    }

    /** The PTE budget ({@code --max-ptes}): the most non-empty entries in all page tables at once. */
    long limit = Long.MAX_VALUE;
    /** Non-empty entries in all page tables now. */
    private long count;

    @Override
    public long count() {
        return count;
    }

    void index(Mm mm) {
        LongMap<Pte> table = byVpn.computeIfAbsent(mm, k -> new LongMap<>());
        for (Pte pte : mm.getPtes()) {
            count++;
            table.put(pte.getVpn(), pte);
            if (pte.getKind() == PteKind.PRESENT && !pte.getFrame().isZeroPage()) {
                link(pte.getFrame(), pte);
            }
        }
    }

    @Override
    public Pte get(Mm mm, long vpn) {
        LongMap<Pte> table = byVpn.get(mm);
        return table == null ? null : table.get(vpn);
    }

    /** The present PTEs mapping {@code f} (rmap_walk), in mapping order. A copy: callers may change PTEs. */
    @Override
    @SuppressWarnings("unchecked")
    public List<Pte> mappers(Frame f) {
        Object o = rmap.get(f);
        if (o == null) {
            return List.of();
        }
        return o instanceof Pte p ? List.of(p) : new ArrayList<>((List<Pte>) o);
    }

    @SuppressWarnings("unchecked")
    private void link(Frame f, Pte pte) {
        Object o = rmap.get(f);
        if (o == null) {
            rmap.put(f, pte);
        } else if (o instanceof Pte first) {
            List<Pte> l = new ArrayList<>(2);
            l.add(first);
            l.add(pte);
            rmap.put(f, l);
        } else {
            ((List<Pte>) o).add(pte);
        }
    }

    public static Mm mmOf(Pte pte) {
        return (Mm) pte.eContainer();
    }

    public static Process processOf(Pte pte) {
        return (Process) pte.eContainer().eContainer();
    }

    /** The entry at vpn about to be overwritten: out of the rmap; created if none. */
    private Pte entryFor(Mm mm, long vpn) {
        Pte pte = get(mm, vpn);
        if (pte == null) {
            if (count >= limit) {
                throw new BudgetExceeded("PTE budget", "--max-ptes", "PTE budget exceeded: more than " + limit
                        + " page table entries at once");
            }
            count++;
            pte = MmFactory.eINSTANCE.createPte();
            pte.setVpn(vpn);
            mm.getPtes().add(pte);
            byVpn.computeIfAbsent(mm, k -> new LongMap<>()).put(vpn, pte);
        } else {
            unlinkRmap(pte);
        }
        return pte;
    }

    /** set_pte_at() of a present entry. */
    Pte setPresent(Mm mm, long vpn, Frame f, boolean writable, boolean dirty) {
        Pte pte = entryFor(mm, vpn);
        pte.setKind(PteKind.PRESENT);
        pte.setFrame(f);
        pte.setSwapSlot(-1);
        pte.setSwapExclusive(false);
        pte.setWritable(writable);
        pte.setDirty(dirty);
        pte.setYoung(true);
        if (!f.isZeroPage()) { // the zero page is special: never in the rmap (vm_normal_page)
            link(f, pte);
        }
        return pte;
    }

    /** A swap entry (or, in era B, a swap entry with the exclusive marker). */
    Pte setSwap(Mm mm, long vpn, int slot, boolean exclusive) {
        Pte pte = entryFor(mm, vpn);
        pte.setKind(PteKind.SWAP);
        pte.setFrame(null);
        pte.setSwapSlot(slot);
        pte.setSwapExclusive(exclusive);
        pte.setWritable(false);
        pte.setDirty(false);
        pte.setYoung(false);
        return pte;
    }

    /** pte_clear(): the entry becomes none. */
    void clear(Mm mm, long vpn) {
        Pte pte = get(mm, vpn);
        if (pte == null) {
            return;
        }
        unlinkRmap(pte);
        byVpn.get(mm).remove(vpn);
        count--;
        if (mm == batchMm) {
            batchDoomed.add(pte);
        } else {
            Lists.removeIdentity(mm.getPtes(), pte);
        }
    }

    /** Zapping many entries of one mm (munmap, exit, MADV_DONTNEED): the EMF list is pruned once at the end. */
    void beginZap(Mm mm) {
        batchMm = mm;
    }

    void endZap() {
        if (batchMm != null && !batchDoomed.isEmpty()) {
            batchMm.getPtes().removeAll(batchDoomed);
        }
        batchDoomed.clear();
        batchMm = null;
    }

    @SuppressWarnings("unchecked")
    private void unlinkRmap(Pte pte) {
        if (pte.getKind() != PteKind.PRESENT || pte.getFrame() == null) {
            return;
        }
        Object o = rmap.get(pte.getFrame());
        if (o == pte) {
            rmap.remove(pte.getFrame());
        } else if (o instanceof List<?> l) {
            ((List<Pte>) l).remove(pte);
            if (l.size() == 1) {
                rmap.put(pte.getFrame(), l.get(0));
            }
        }
    }

    // ---- repair after undo/redo (IndexRepair) ----

    /** The entries the index holds for {@code mm} (a copy). */
    List<Pte> entries(Mm mm) {
        LongMap<Pte> table = byVpn.get(mm);
        return table == null ? List.of() : table.values();
    }

    /** Takes {@code pte} out of mm's table if it is there under its vpn. */
    void unindex(Mm mm, Pte pte) {
        LongMap<Pte> table = byVpn.get(mm);
        if (table != null && table.get(pte.getVpn()) == pte) {
            table.remove(pte.getVpn());
            count--;
        }
    }

    /** Drops every PTE of {@code doomed} from frame f's reverse-map entry, keeping the others in order. */
    @SuppressWarnings("unchecked")
    void unlinkAll(Frame f, Set<Pte> doomed) {
        Object o = rmap.get(f);
        if (o instanceof Pte p) {
            if (doomed.contains(p)) {
                rmap.remove(f);
            }
        } else if (o instanceof List<?> l) {
            List<Pte> list = (List<Pte>) l;
            list.removeIf(doomed::contains);
            if (list.isEmpty()) {
                rmap.remove(f);
            } else if (list.size() == 1) {
                rmap.put(f, list.get(0));
            }
        }
    }

    /** Puts a PTE of a live mm back as a fresh build would: in the table, and in the rmap when it maps a frame. */
    void reindex(Mm mm, Pte pte) {
        LongMap<Pte> table = byVpn.computeIfAbsent(mm, x -> new LongMap<>());
        if (table.get(pte.getVpn()) == null) {
            count++;
        }
        table.put(pte.getVpn(), pte);
        if (pte.getKind() == PteKind.PRESENT && pte.getFrame() != null && !pte.getFrame().isZeroPage()) {
            link(pte.getFrame(), pte);
        }
    }

    /** All PTEs of one mm with vpn in [start, end), in address order. */
    @Override
    public List<Pte> range(Mm mm, long start, long end) {
        List<Pte> out = new ArrayList<>();
        LongMap<Pte> table = byVpn.get(mm);
        if (table == null) {
            return out;
        }
        if (end - start <= table.size()) {
            for (long v = start; v < end; v++) {
                Pte p = table.get(v);
                if (p != null) {
                    out.add(p);
                }
            }
        } else {
            for (Pte p : table.values()) {
                if (p.getVpn() >= start && p.getVpn() < end) {
                    out.add(p);
                }
            }
            out.sort((a, b) -> Long.compare(a.getVpn(), b.getVpn()));
        }
        return out;
    }
}
