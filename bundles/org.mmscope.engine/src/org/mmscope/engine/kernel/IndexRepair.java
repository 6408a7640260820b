package org.mmscope.engine.kernel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mmscope.engine.trace.Change;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmPackage.Literals;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.SwapSlot;
import org.mmscope.model.mm.Vma;

/**
 * Keeps a kernel's indexes (frames by pfn, page tables and the reverse map, VMAs, names, swap slots) in step with
 * changes undone or redone behind their back — the cursor's seek and the state manager's restore — by repairing
 * only the entries those changes touched, instead of building every index afresh from the whole state.
 * <p>
 * Feed it every change undone or redone ({@link #note}), then {@link #apply}. It relies on the indexes agreeing
 * with the state before the first change (what a fresh build would give): an entry is then wrong afterwards only
 * if one of the noted changes was about its object, and the entry it had is found from the changes' values (the
 * frames a PTE mapped during the seek are the only ones its reverse-map link can be under).
 */
public final class IndexRepair {
    private static final Set<EStructuralFeature> INDEXED = Set.of(Literals.MM_STATE__FRAMES, Literals.MM_STATE__PROCESSES,
            Literals.MM_STATE__SWAP, Literals.PROCESS__MM, Literals.MM__PTES, Literals.MM__VMAS, Literals.MM__BINDINGS, Literals.PTE__FRAME,
            Literals.PTE__KIND, Literals.PTE__VPN, Literals.PTE__SWAP_SLOT, Literals.VMA__START_VPN, Literals.VMA__END_VPN,
            Literals.SWAP_DEVICE__USED, Literals.SWAP_SLOT__INDEX, Literals.FRAME__PFN, Literals.BINDING__NAME,
            Literals.BINDING__START_VPN, Literals.BINDING__PAGES);

    private final Kernel k;
    /** PTEs whose page-table or reverse-map entry may be wrong, with the mm whose list they entered or left. */
    private final Map<Pte, Mm> ptes = new LinkedHashMap<>();
    /** Frames whose reverse-map entry may hold a PTE that no longer maps them. */
    private final Set<Frame> rmapFrames = identitySet();
    private final Set<Frame> tableFrames = identitySet();
    private final Set<SwapSlot> slots = identitySet();
    private final Set<Mm> vmaMms = identitySet();
    /** Mms whose process entered or left the state: every entry of theirs is looked at again. */
    private final Set<Mm> wholeMms = identitySet();
    private boolean names;
    private boolean rebuild;
    private int noted;

    IndexRepair(Kernel k) {
        this.k = k;
    }

    /** Model objects have identity equality; insertion order keeps the repair deterministic (the rmap's order). */
    private static <T> Set<T> identitySet() {
        return new LinkedHashSet<>();
    }

    /** Whether {@code c} is about a feature some index is built from. */
    public static boolean touchesAnIndex(Change c) {
        return c != null && INDEXED.contains(c.feature());
    }

    /** One change just undone or redone (null: a step boundary, nothing changed). */
    public void note(Change c) {
        if (!touchesAnIndex(c)) {
            return;
        }
        noted++;
        EStructuralFeature f = c.feature();
        EObject o = c.object();
        if (f == Literals.MM__PTES) {
            values(c, v -> ptes.put((Pte) v, (Mm) o));
        } else if (f == Literals.PTE__FRAME) {
            ptes.putIfAbsent((Pte) o, null);
            values(c, v -> rmapFrames.add((Frame) v));
        } else if (f == Literals.PTE__KIND || f == Literals.PTE__SWAP_SLOT) {
            ptes.putIfAbsent((Pte) o, null);
        } else if (f == Literals.MM_STATE__FRAMES) {
            values(c, v -> tableFrames.add((Frame) v));
        } else if (f == Literals.SWAP_DEVICE__USED) {
            values(c, v -> slots.add((SwapSlot) v));
        } else if (f == Literals.MM__VMAS) {
            vmaMms.add((Mm) o);
        } else if (f == Literals.VMA__START_VPN || f == Literals.VMA__END_VPN) {
            if (o.eContainer() instanceof Mm mm) {
                vmaMms.add(mm);
            }
        } else if (f == Literals.MM_STATE__PROCESSES) {
            values(c, v -> wholeMms.add(((Process) v).getMm()));
        } else if (f == Literals.PROCESS__MM) {
            values(c, v -> wholeMms.add((Mm) v));
        } else if (f == Literals.MM__BINDINGS || f == Literals.BINDING__NAME || f == Literals.BINDING__START_VPN
                || f == Literals.BINDING__PAGES) {
            names = true;
        } else if (o.eContainer() != null) {
            // a pfn, vpn or slot number changed on an object in the state (the kernel sets them only before it
            // adds the object), or the swap device was replaced: nothing to patch from, build afresh
            rebuild = true;
        }
    }

    /** How many of the noted changes were about an indexed feature. */
    public int indexedChanges() {
        return noted;
    }

    /** The model objects among a change's values. */
    private static void values(Change c, Consumer<EObject> to) {
        c.forEachObjectValue(to);
    }

    /** Repairs the entries the noted changes touched; false if they cannot be patched (the caller builds afresh). */
    boolean apply() {
        if (rebuild) {
            return false;
        }
        for (Mm mm : wholeMms) {
            if (mm == null) {
                continue;
            }
            k.pt.entries(mm).forEach(p -> ptes.putIfAbsent(p, mm)); // what the index holds of it
            mm.getPtes().forEach(p -> ptes.putIfAbsent(p, mm)); // and what the state holds
            vmaMms.add(mm);
            names = true;
        }
        repairPageTables();
        for (Mm mm : vmaMms) {
            k.vmas.reindex(mm, live(mm));
        }
        for (Frame f : tableFrames) {
            k.frames.reindex(f, f.eContainer() == k.state);
        }
        for (SwapSlot s : slots) {
            k.swap.reindex(s, s.eContainer() != null && s.eContainer() == k.state.getSwap());
        }
        if (names) {
            k.forgetNames();
        }
        return true;
    }

    private void repairPageTables() {
        PageTables pt = k.pt;
        for (Map.Entry<Pte, Mm> e : ptes.entrySet()) {
            Pte p = e.getKey();
            rmapFrames.add(p.getFrame());
            Mm listed = e.getValue() != null ? e.getValue() : p.eContainer() instanceof Mm mm ? mm : null;
            if (listed != null) {
                pt.unindex(listed, p);
            }
        }
        rmapFrames.remove(null);
        for (Frame f : rmapFrames) {
            pt.unlinkAll(f, ptes.keySet());
        }
        for (Pte p : ptes.keySet()) {
            if (p.eContainer() instanceof Mm mm && live(mm)) {
                pt.reindex(mm, p);
            }
        }
    }

    /** Whether the mm belongs to a process of the state. */
    private boolean live(Mm mm) {
        return mm.eContainer() instanceof Process p && p.eContainer() == k.state;
    }
}
