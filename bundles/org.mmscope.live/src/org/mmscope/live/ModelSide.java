package org.mmscope.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.InvariantViolation;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.live.LivePlan.LiveStep;
import org.mmscope.live.Snapshot.PageKey;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;

/**
 * The engine's side: runs a plan's modelled ops under the era closest to the host kernel (linux-6.12 on a 6.12 or
 * newer host, {@link Eras#forKernelRelease}) and observes what the C program observes.
 */
public final class ModelSide {
    /** The engine's snapshots (index 0 = step 1), and the problem that stopped it (an invariant), if any. */
    public record Result(List<Snapshot> snapshots, String stopped) {
    }

    private ModelSide() {
    }

    /** The era the engine runs the plan under: the one whose rules the host kernel follows most closely. */
    public static KernelEra era() {
        return Eras.forKernelRelease(System.getProperty("os.version"));
    }

    public static Result run(LivePlan plan) {
        Simulation sim = Simulation.boot(plan.scenario().machine(), era());
        List<Snapshot> out = new ArrayList<>();
        for (LiveStep s : plan.steps()) {
            try {
                String result = apply(sim, s);
                Snapshot snap = observe(sim.kernel(), result);
                out.add(snap);
            } catch (InvariantViolation e) {
                return new Result(out, "invariant violated at line " + s.line() + ": " + e.getMessage());
            }
        }
        return new Result(out, null);
    }

    /** Runs the plan's ops without observing, invariants or events: the engine's share of the speed ratio. */
    public static long timeNanos(LivePlan plan) {
        Simulation sim = Simulation.boot(plan.scenario().machine(), era(),
                new Simulation.Options(false, false, Integer.MAX_VALUE, Long.MAX_VALUE));
        long t0 = System.nanoTime();
        for (LiveStep s : plan.steps()) {
            apply(sim, s);
        }
        return System.nanoTime() - t0;
    }

    private static String apply(Simulation sim, LiveStep s) {
        if (s.op() != null) {
            TraceStep t = sim.apply(s.op(), s.line());
            return t.errno() == null ? "ok" : t.errno();
        }
        // the PAGEOUT_ALL stand-in for reclaim: MADV_PAGEOUT page by page, errors ignored (runtime.c pageout_all)
        List<Op> pageouts = new ArrayList<>();
        for (Process p : sim.state().getProcesses()) {
            if (p.isExited()) {
                continue;
            }
            for (Binding b : p.getMm().getBindings()) {
                for (long i = 0; i < b.getPages(); i++) {
                    pageouts.add(new Op.Madvise(Op.Range.page(p.getName(), b.getName(), i), Op.Advice.PAGEOUT));
                }
            }
        }
        for (Op op : pageouts) {
            sim.apply(op, s.line());
        }
        return "ok";
    }

    static Snapshot observe(Kernel k, String result) {
        Map<PageKey, PageView> pages = new TreeMap<>();
        int index = 0;
        for (Process p : k.state().getProcesses()) {
            int pi = index++;
            if (p.isExited()) {
                continue;
            }
            for (Binding b : p.getMm().getBindings()) {
                for (long i = 0; i < b.getPages(); i++) {
                    long vpn = b.getStartVpn() + i;
                    pages.put(new PageKey(pi, p.getName(), b.getName(), i), view(k, p, vpn));
                }
            }
        }
        Map<String, String> device = new TreeMap<>();
        for (PinHandle h : k.state().getHandles()) {
            if (h.isReleased()) {
                continue;
            }
            for (int i = 0; i < h.getPfns().size(); i++) {
                Frame f = k.frames().get(h.getPfns().get(i));
                device.put(h.getName() + "[" + i + "]", f == null ? "(freed frame)" : PageView.clip(Contents.readString(f.getContent())));
            }
        }
        return new Snapshot(result, pages, device);
    }

    private static PageView view(Kernel k, Process p, long vpn) {
        Pte pte = k.pageTables().get(p.getMm(), vpn);
        if (pte == null) {
            return PageView.ABSENT;
        }
        if (pte.getKind() == PteKind.SWAP) {
            return PageView.SWAPPED;
        }
        Frame f = pte.getFrame();
        Vma v = k.findVma(p.getMm(), vpn);
        boolean readable = v != null && (v.isRead() || v.isWrite());
        String content = readable ? PageView.clip(Contents.readString(f.getContent())) : null;
        if (f.isZeroPage()) {
            return new PageView(PageView.State.PRESENT, f.getPfn(), true, null, null, content);
        }
        return new PageView(PageView.State.PRESENT, f.getPfn(), false, f.isAnon() ? f.isAnonExclusive() : null, f.getMapcount(), content);
    }
}
