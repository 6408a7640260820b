package org.mmscope.engine.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * Every page table of the machine, with the reverse map (frame → PTEs, what rmap walks) kept as an index.
 * All PTE changes go through here so the index and the step's PTE-change log stay exact.
 * Counters (mapcount, refcount) are not touched here: the kernel paths do that, as the kernel does.
 */
public final class PageTables {
    private final Map<Mm, Map<Long, Pte>> byVpn = new IdentityHashMap<>();
    private final Map<Frame, List<Pte>> rmap = new IdentityHashMap<>();
    private final PteChangeLog changes;

    public PageTables(Iterable<Process> processes, PteChangeLog changes) {
        this.changes = changes;
        for (Process p : processes) {
            index(p.getMm());
        }
    }

    public void index(Mm mm) {
        Map<Long, Pte> table = byVpn.computeIfAbsent(mm, k -> new HashMap<>());
        for (Pte pte : mm.getPtes()) {
            table.put(pte.getVpn(), pte);
            if (pte.getKind() == PteKind.PRESENT) {
                rmap.computeIfAbsent(pte.getFrame(), k -> new ArrayList<>(1)).add(pte);
            }
        }
    }

    public void forget(Mm mm) {
        byVpn.remove(mm);
    }

    public Pte get(Mm mm, long vpn) {
        Map<Long, Pte> table = byVpn.get(mm);
        return table == null ? null : table.get(vpn);
    }

    /** The present PTEs mapping {@code f} (rmap_walk), in mapping order. A copy: callers may change PTEs. */
    public List<Pte> mappers(Frame f) {
        List<Pte> l = rmap.get(f);
        return l == null ? List.of() : new ArrayList<>(l);
    }

    public static Mm mmOf(Pte pte) {
        return (Mm) pte.eContainer();
    }

    public static Process processOf(Pte pte) {
        return (Process) pte.eContainer().eContainer();
    }

    /** set_pte_at() of a present entry. */
    public Pte setPresent(Mm mm, long vpn, Frame f, boolean writable, boolean dirty) {
        Pte pte = get(mm, vpn);
        long before = pfnOf(pte);
        if (pte == null) {
            pte = MmFactory.eINSTANCE.createPte();
            pte.setVpn(vpn);
            mm.getPtes().add(pte);
            byVpn.computeIfAbsent(mm, k -> new HashMap<>()).put(vpn, pte);
        } else {
            unlinkRmap(pte);
        }
        pte.setKind(PteKind.PRESENT);
        pte.setFrame(f);
        pte.setSwapSlot(-1);
        pte.setSwapExclusive(false);
        pte.setWritable(writable);
        pte.setDirty(dirty);
        pte.setYoung(true);
        rmap.computeIfAbsent(f, k -> new ArrayList<>(1)).add(pte);
        changes.record(mm, vpn, before, f.getPfn());
        return pte;
    }

    /** A swap entry (or, in era B, a swap entry with the exclusive marker). */
    public Pte setSwap(Mm mm, long vpn, int slot, boolean exclusive) {
        Pte pte = get(mm, vpn);
        long before = pfnOf(pte);
        if (pte == null) {
            pte = MmFactory.eINSTANCE.createPte();
            pte.setVpn(vpn);
            mm.getPtes().add(pte);
            byVpn.computeIfAbsent(mm, k -> new HashMap<>()).put(vpn, pte);
        } else {
            unlinkRmap(pte);
        }
        pte.setKind(PteKind.SWAP);
        pte.setFrame(null);
        pte.setSwapSlot(slot);
        pte.setSwapExclusive(exclusive);
        pte.setWritable(false);
        pte.setDirty(false);
        pte.setYoung(false);
        changes.record(mm, vpn, before, -1);
        return pte;
    }

    /** pte_clear(): the entry becomes none. */
    public void clear(Mm mm, long vpn) {
        Pte pte = get(mm, vpn);
        if (pte == null) {
            return;
        }
        changes.record(mm, vpn, pfnOf(pte), -1);
        unlinkRmap(pte);
        byVpn.get(mm).remove(vpn);
        EList<Pte> ptes = mm.getPtes();
        for (int i = ptes.size() - 1; i >= 0; i--) {
            if (ptes.get(i) == pte) {
                ptes.remove(i);
                break;
            }
        }
    }

    private void unlinkRmap(Pte pte) {
        if (pte.getKind() == PteKind.PRESENT && pte.getFrame() != null) {
            List<Pte> l = rmap.get(pte.getFrame());
            if (l != null) {
                l.remove(pte);
                if (l.isEmpty()) {
                    rmap.remove(pte.getFrame());
                }
            }
        }
    }

    private static long pfnOf(Pte pte) {
        return pte != null && pte.getKind() == PteKind.PRESENT ? pte.getFrame().getPfn() : -1;
    }

    /** All PTEs of one mm with vpn in [start, end), in address order. */
    public List<Pte> range(Mm mm, long start, long end) {
        List<Pte> out = new ArrayList<>();
        Map<Long, Pte> table = byVpn.get(mm);
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
