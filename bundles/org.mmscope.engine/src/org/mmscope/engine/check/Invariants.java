package org.mmscope.engine.check;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.HandleKind;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.SwapSlot;

/**
 * The invariants of SEMANTICS.md §8, checked after every step. Each violated rule throws with the frame and
 * the numbers involved; the run then fails.
 */
public final class Invariants {
    private Invariants() {
    }

    public static void check(Kernel k) {
        Map<Frame, Integer> ptes = new IdentityHashMap<>();
        Map<Integer, Integer> swapPtes = new HashMap<>();
        for (Process p : k.state().getProcesses()) {
            for (Pte pte : p.getMm().getPtes()) {
                if (pte.getKind() == PteKind.PRESENT) {
                    Frame f = pte.getFrame();
                    if (k.frames().get(f.getPfn()) != f) {
                        fail("I3: " + p.getName() + " maps freed pfn " + f.getPfn() + " at 0x" + Long.toHexString(pte.getVpn() << 12));
                    }
                    ptes.merge(f, 1, Integer::sum);
                } else {
                    swapPtes.merge(pte.getSwapSlot(), 1, Integer::sum);
                }
            }
        }
        Map<Long, Integer> gets = new HashMap<>();
        Map<Long, Integer> pins = new HashMap<>();
        countHandles(k, gets, pins);
        for (Frame f : k.state().getFrames()) {
            checkFrame(k, f, ptes.getOrDefault(f, 0), gets, pins);
        }
        if (k.state().getSwap() != null) {
            for (SwapSlot s : k.state().getSwap().getUsed()) {
                int named = swapPtes.getOrDefault(s.getIndex(), 0);
                if (s.getCount() != named) {
                    fail("I5: swap slot " + s.getIndex() + " has count " + s.getCount() + " but " + named + " swap PTE(s) name it");
                }
            }
        }
    }

    /**
     * The incremental check: the frames and swap slots the change recorder saw touched since they were last cleared, with
     * the mapping counts taken from the reverse map (maintained by the page-table primitives, apart from the
     * counters the kernel rules maintain). Handles are checked in full (they are few). What this cannot see —
     * a swap slot whose count drifted without a change to the slot, a PTE removed without any counter change —
     * the full {@link #check} finds; callers run it every N steps and at the end.
     */
    public static void checkTouched(Kernel k, TouchedObjects touched) {
        Map<Long, Integer> gets = new HashMap<>();
        Map<Long, Integer> pins = new HashMap<>();
        countHandles(k, gets, pins);
        for (Frame f : touched.frames()) {
            if (k.frames().get(f.getPfn()) != f) {
                if (!k.pageTables().mappers(f).isEmpty()) {
                    Pte pte = k.pageTables().mappers(f).get(0);
                    fail("I3: " + PageTables.processOf(pte).getName() + " maps freed pfn " + f.getPfn() + " at 0x"
                            + Long.toHexString(pte.getVpn() << 12));
                }
                continue;
            }
            checkFrame(k, f, k.pageTables().mappers(f).size(), gets, pins);
        }
        for (SwapSlot s : touched.slots()) {
            if (s.getCacheFrame() != null && (!s.getCacheFrame().isSwapcache() || s.getCacheFrame().getSwapSlot() != s.getIndex())) {
                fail("I5: swap slot " + s.getIndex() + " caches pfn " + s.getCacheFrame().getPfn() + ", which does not claim it");
            }
        }
    }

    /** FOLL_GET references and FOLL_PIN pins per pfn over the live handles (I4: none may hold a freed pfn). */
    private static void countHandles(Kernel k, Map<Long, Integer> gets, Map<Long, Integer> pins) {
        for (PinHandle h : k.state().getHandles()) {
            if (h.isReleased()) {
                continue;
            }
            for (long pfn : h.getPfns()) {
                Frame f = k.frames().get(pfn);
                if (f == null) {
                    fail("I4: handle " + h.getName() + " holds pfn " + pfn + ", which was freed");
                }
                if (f.isZeroPage()) {
                    continue;
                }
                (h.getKind() == HandleKind.PIN ? pins : gets).merge(pfn, 1, Integer::sum);
            }
        }
    }

    /** I1, I2, I3 and the frame side of I5 for one allocated frame that {@code mapped} PTEs map. */
    private static void checkFrame(Kernel k, Frame f, int mapped, Map<Long, Integer> gets, Map<Long, Integer> pins) {
        if (f.isZeroPage()) {
            return;
        }
        int bias = k.era().pinBias();
        if (f.getMapcount() != mapped) {
            fail("I1: pfn " + f.getPfn() + " has mapcount " + f.getMapcount() + " but " + mapped + " PTE(s) map it");
        }
        int g = gets.getOrDefault(f.getPfn(), 0);
        int pn = pins.getOrDefault(f.getPfn(), 0);
        int caches = (f.isSwapcache() ? 1 : 0) + (f.getFile() != null ? 1 : 0);
        int expected = mapped + caches + g + bias * pn;
        if (f.getRefcount() != expected) {
            fail("I2: pfn " + f.getPfn() + " has refcount " + f.getRefcount() + " but mappings " + mapped + " + caches "
                    + caches + " + GUP references " + g + " + pins " + pn + (bias > 1 ? "×" + bias : "") + " = " + expected);
        }
        if (f.getRefcount() <= 0) {
            fail("I3: allocated pfn " + f.getPfn() + " has refcount " + f.getRefcount());
        }
        if (f.isSwapcache()) {
            SwapSlot s = k.slot(f.getSwapSlot());
            if (s == null || s.getCacheFrame() != f) {
                fail("I5: pfn " + f.getPfn() + " claims swap slot " + f.getSwapSlot() + " which does not cache it");
            }
        }
    }

    private static void fail(String message) {
        throw new InvariantViolation(message);
    }
}
