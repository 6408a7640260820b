package org.mmscope.engine.trace;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.mmscope.engine.kernel.LongMap;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmPackage.Literals;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * Which frame each PTE a step rewrote mapped before the step (what {@code expect … moved} and the canonical hash
 * compare against): read from the step's recorded changes, or — for a run that keeps no changes — from the state
 * before the step. A pfn of -1: the entry mapped no frame (none, or a swap entry).
 */
public final class PteMoves {
    private PteMoves() {
    }

    /** From the changes of one step, in order: the first kind and frame each PTE had, and PTEs the step created. */
    public static Map<Pte, Long> fromChanges(List<Change> changes) {
        Map<Pte, PteKind> kindBefore = new IdentityHashMap<>();
        Map<Pte, Frame> frameBefore = new IdentityHashMap<>();
        Map<Pte, Long> out = new IdentityHashMap<>();
        for (Change c : changes) {
            if (c.feature() == Literals.MM__PTES) {
                if (c.after() instanceof Pte p && !kindBefore.containsKey(p) && !out.containsKey(p)) {
                    out.put(p, -1L); // created by the step: it mapped nothing before
                }
            } else if (c.object() instanceof Pte p && !out.containsKey(p)) {
                if (c.feature() == Literals.PTE__KIND) {
                    kindBefore.putIfAbsent(p, (PteKind) c.before());
                } else if (c.feature() == Literals.PTE__FRAME) {
                    frameBefore.putIfAbsent(p, (Frame) c.before());
                }
            }
        }
        for (Map.Entry<Pte, PteKind> e : kindBefore.entrySet()) {
            out.putIfAbsent(e.getKey(),
                    pfnOf(e.getValue(), frameBefore.containsKey(e.getKey()) ? frameBefore.get(e.getKey()) : e.getKey().getFrame()));
        }
        for (Map.Entry<Pte, Frame> e : frameBefore.entrySet()) {
            out.putIfAbsent(e.getKey(), pfnOf(e.getKey().getKind(), e.getValue()));
        }
        return out;
    }

    /** By comparing the state now with the state {@code before} the step: every PTE that maps another pfn now. */
    public static Map<Pte, Long> between(MmState before, MmState now) {
        Map<String, LongMap<Pte>> old = new HashMap<>();
        for (Process p : before.getProcesses()) {
            LongMap<Pte> byVpn = new LongMap<>();
            p.getMm().getPtes().forEach(x -> byVpn.put(x.getVpn(), x));
            old.put(p.getName(), byVpn);
        }
        Map<Pte, Long> out = new IdentityHashMap<>();
        for (Process p : now.getProcesses()) {
            LongMap<Pte> byVpn = old.get(p.getName());
            Mm mm = p.getMm();
            for (Pte x : mm.getPtes()) {
                Pte was = byVpn == null ? null : byVpn.get(x.getVpn());
                long pfnBefore = was == null ? -1 : pfnOf(was.getKind(), was.getFrame());
                if (pfnBefore != pfnOf(x.getKind(), x.getFrame())) {
                    out.put(x, pfnBefore);
                }
            }
        }
        return out;
    }

    private static long pfnOf(PteKind kind, Frame f) {
        return kind == PteKind.PRESENT && f != null ? f.getPfn() : -1;
    }
}
