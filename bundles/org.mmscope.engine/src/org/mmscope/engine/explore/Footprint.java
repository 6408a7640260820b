package org.mmscope.engine.explore;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.ops.Names;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.Change;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmPackage;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * What one step, taken from one state, read and changed: the model objects its operation resolves to before it
 * runs (the process, the VMA part, the PTEs of its range, the frames and swap slots they hold; a handle and its
 * frames; a device and its mappings) and every object the step changed. Two steps of different actors whose
 * footprints are disjoint commute: either order reaches the same state — the partial-order reduction's
 * independence. A step whose reads cannot be bounded (fork, exit, munmap of everything, the kernel's own events,
 * a step that raised a hazard — the hazard detector looks at the whole state) is {@link #GLOBAL}: dependent on
 * every other step.
 */
final class Footprint {
    static final Footprint GLOBAL = new Footprint(null, null);
    /** Larger ranges are not resolved page by page: the step counts as global. */
    private static final long MAX_PAGES = 4096;

    private final Set<EObject> objects;
    private final String errno;

    private Footprint(Set<EObject> objects, String errno) {
        this.objects = objects;
        this.errno = errno;
    }

    boolean global() {
        return objects == null;
    }

    /** Whether the two steps commute: disjoint footprints and the same outcome (the last errno is observable). */
    boolean independentOf(Footprint o) {
        if (global() || o.global() || !Objects.equals(errno, o.errno)) {
            return false;
        }
        Set<EObject> small = objects.size() <= o.objects.size() ? objects : o.objects;
        Set<EObject> large = small == objects ? o.objects : objects;
        for (EObject e : small) {
            if (large.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** The objects {@code op} reads, resolved in the state before it runs, or null when they cannot be bounded. */
    static Set<EObject> reads(Kernel k, Op op) {
        Set<EObject> out = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            boolean bounded = switch (op) {
            case Op.Write w -> range(k, w.range(), out);
            case Op.Read r -> range(k, r.range(), out);
            case Op.Mlock m -> range(k, m.range(), out);
            case Op.Mprotect m -> range(k, m.range(), out);
            case Op.Madvise m -> range(k, m.range(), out);
            case Op.Gup g -> range(k, g.range(), out);
            case Op.MmapAnon m -> process(k, m.process(), out);
            case Op.MmapFile m -> process(k, m.process(), out);
            case Op.Release r -> handle(k, r.handle(), out);
            case Op.DmaMap m -> device(k, m.device(), out) && handle(k, m.handle(), out);
            case Op.DmaUnmap m -> device(k, m.device(), out) && handle(k, m.handle(), out);
            case Op.DmaWrite w -> device(k, w.device(), out) && handle(k, w.range().handle(), out);
            case Op.DmaRead r -> device(k, r.device(), out) && handle(k, r.range().handle(), out);
            default -> false; // fork, exit, munmap, and the kernel's reclaim, migration, compaction, offlining
            };
            return bounded ? out : null;
        } catch (SyscallException e) {
            out.add(k.state()); // a name that does not resolve (yet): the step read the lists of processes, handles, devices
            return out;
        }
    }

    /** The footprint of a step that read {@code reads} and made {@code changes} (and raised hazards or not). */
    static Footprint of(Set<EObject> reads, List<Change> changes, boolean raisedHazard, String errno) {
        if (reads == null || raisedHazard) {
            return GLOBAL;
        }
        for (Change c : changes) {
            if (!bookkeeping(c.feature())) {
                reads.add(c.object());
            }
        }
        return new Footprint(reads, errno);
    }

    /**
     * Features every step writes that no later step or expectation reads as an order: the step index ({@code moved}
     * reads which step was last; the explorer turns the reduction off for files that expect it).
     */
    private static boolean bookkeeping(EStructuralFeature f) {
        MmPackage p = MmPackage.eINSTANCE;
        return f == p.getMmState_StepIndex();
    }

    private static boolean process(Kernel k, String name, Set<EObject> out) throws SyscallException {
        var p = Names.process(k, name);
        out.add(p);
        out.add(p.getMm());
        return true;
    }

    private static boolean range(Kernel k, Op.Range r, Set<EObject> out) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        if (pages.count() > MAX_PAGES) {
            return false;
        }
        var mm = pages.process().getMm();
        out.add(pages.process());
        out.add(mm);
        out.add(Names.binding(k, pages.process(), r.var()));
        for (long vpn = pages.start(); vpn < pages.end(); vpn++) {
            var vma = k.findVma(mm, vpn);
            if (vma != null) {
                out.add(vma);
            }
            Pte pte = k.pageTables().get(mm, vpn);
            if (pte == null) {
                continue;
            }
            out.add(pte);
            if (pte.getKind() == PteKind.PRESENT && pte.getFrame() != null) {
                out.add(pte.getFrame());
            } else if (pte.getKind() == PteKind.SWAP) {
                var slot = k.slot(pte.getSwapSlot());
                if (slot != null) {
                    out.add(slot);
                }
            }
        }
        return true;
    }

    private static boolean handle(Kernel k, String name, Set<EObject> out) throws SyscallException {
        PinHandle h = Names.handle(k, name);
        out.add(h);
        frames(k, h.getPfns(), out);
        return true;
    }

    private static boolean device(Kernel k, String name, Set<EObject> out) throws SyscallException {
        Device d = Names.device(k, name);
        out.add(d);
        for (DmaMapping m : d.getMappings()) {
            out.add(m);
            frames(k, m.getBusPfns(), out);
        }
        return true;
    }

    /** The frames of {@code pfns} that exist. */
    private static void frames(Kernel k, List<Long> pfns, Set<EObject> out) {
        for (long pfn : pfns) {
            Frame f = k.frames().get(pfn);
            if (f != null) {
                out.add(f);
            }
        }
    }
}
