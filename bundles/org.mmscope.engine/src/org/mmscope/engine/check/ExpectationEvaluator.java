package org.mmscope.engine.check;

import java.util.List;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.ops.DeviceOps;
import org.mmscope.engine.ops.Names;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.ops.ProcessOps;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/** Evaluates expectations against the current state, the last step's outcome and the hazards so far. */
public final class ExpectationEvaluator {
    /** The verdict on one expectation: whether it holds, and what was actually found. */
    public record Verdict(boolean holds, String actual) {
        static Verdict of(boolean holds, String actual) {
            return new Verdict(holds, actual);
        }
    }

    /** What the evaluator needs to know about the run so far. */
    public interface RunView {
        /** The errno of the last step, or null if it succeeded. */
        String lastErrno();

        boolean hazardRaised(String kind);

        List<String> hazardsRaised();

        /** The pfn {@code pte} mapped before the last step (-1: none), or {@code current} if the step left it alone. */
        long pfnBeforeLastStep(Pte pte, long current);
    }

    private ExpectationEvaluator() {
    }

    public static Verdict evaluate(Kernel k, RunView run, Expect e) {
        try {
            return switch (e) {
            case Expect.ReadEquals r -> {
                List<String> got = ProcessOps.peek(k, r.range());
                yield Verdict.of(got.stream().allMatch(r.text()::equals), "read " + quote(got));
            }
            case Expect.DmaReadEquals r -> {
                List<String> got = DeviceOps.peek(k, r.device(), r.range());
                yield Verdict.of(got.stream().allMatch(r.text()::equals), "device read " + quote(got));
            }
            case Expect.PteIs p -> {
                Expect.PteState s = pteState(pte(k, p.page()));
                yield Verdict.of(s == p.state(), s.name().toLowerCase());
            }
            case Expect.Pinned p -> {
                Frame f = frame(k, p.page());
                boolean pinned = f != null && (f.getPincount() > 0 || k.heldByDriver(f)
                        || k.era().maybeDmaPinned(f));
                yield Verdict.of(pinned == p.pinned(), pinned ? "pinned" : "not pinned");
            }
            case Expect.SameFrame s -> {
                long a = pfn(k, s.a());
                long b = pfn(k, s.b());
                yield Verdict.of((a >= 0 && a == b) == s.same(), s.a() + " is " + pfnText(a) + ", " + s.b() + " is " + pfnText(b));
            }
            case Expect.Moved m -> {
                Pte pte = pte(k, m.page());
                long now = pte != null && pte.getKind() == PteKind.PRESENT ? pte.getFrame().getPfn() : -1;
                long before = run.pfnBeforeLastStep(pte, now);
                boolean moved = now != before && now >= 0 && before >= 0;
                yield Verdict.of(moved == m.moved(), "was " + pfnText(before) + ", now " + pfnText(now));
            }
            case Expect.CounterEquals c -> {
                Frame f = frame(k, c.page());
                if (f == null) {
                    yield Verdict.of(false, "no frame");
                }
                long v = switch (c.counter()) {
                case REFCOUNT -> f.getRefcount();
                case MAPCOUNT -> f.getMapcount();
                case PINCOUNT -> f.getPincount();
                };
                yield Verdict.of(v == c.value(), c.counter().name().toLowerCase() + " " + v);
            }
            case Expect.FrameFree f -> {
                long pfn = pfn(k, f.page());
                boolean free = pfn >= 0 && !k.frames().isAllocated(pfn);
                yield Verdict.of(free == f.free(), "pfn " + pfn + (free ? " is free" : " is allocated"));
            }
            case Expect.Ok o -> Verdict.of(run.lastErrno() == null, run.lastErrno() == null ? "ok" : "error " + run.lastErrno());
            case Expect.Error er -> Verdict.of(er.errno().equals(run.lastErrno()),
                    run.lastErrno() == null ? "ok" : "error " + run.lastErrno());
            case Expect.Hazard h -> Verdict.of(run.hazardRaised(h.kind()), "hazards " + run.hazardsRaised());
            case Expect.NoHazard n -> Verdict.of(run.hazardsRaised().isEmpty(), "hazards " + run.hazardsRaised());
            };
        } catch (SyscallException ex) {
            return Verdict.of(false, ex.errno() + ": " + ex.getMessage());
        }
    }

    private static String quote(List<String> got) {
        return got.size() == 1 ? "\"" + got.get(0) + "\"" : got.stream().map(s -> "\"" + s + "\"").toList().toString();
    }

    private static String pfnText(long pfn) {
        return pfn < 0 ? "no frame" : "pfn " + pfn;
    }

    private static Expect.PteState pteState(Pte pte) {
        if (pte == null) {
            return Expect.PteState.ABSENT;
        }
        return pte.getKind() == PteKind.PRESENT ? Expect.PteState.PRESENT : Expect.PteState.SWAPPED;
    }

    private static Mm mmOf(Kernel k, Expect.PageRef p) throws SyscallException {
        return Names.process(k, p.process()).getMm();
    }

    private static long vpnOf(Kernel k, Expect.PageRef p) throws SyscallException {
        Process proc = Names.process(k, p.process());
        return Names.pages(k, Op.Range.page(proc.getName(), p.var(), p.index())).start();
    }

    private static Pte pte(Kernel k, Expect.PageRef p) throws SyscallException {
        return k.pageTables().get(mmOf(k, p), vpnOf(k, p));
    }

    /** The frame a page reference names: what its PTE maps, or what the handle holds; -1 if none. */
    private static long pfn(Kernel k, Expect.PageRef p) throws SyscallException {
        if (p.isHandle()) {
            PinHandle h = Names.handle(k, p.var());
            return p.index() < h.getPfns().size() ? h.getPfns().get((int) p.index()) : -1;
        }
        Pte pte = pte(k, p);
        return pte != null && pte.getKind() == PteKind.PRESENT ? pte.getFrame().getPfn() : -1;
    }

    private static Frame frame(Kernel k, Expect.PageRef p) throws SyscallException {
        long pfn = pfn(k, p);
        return pfn < 0 ? null : k.frames().get(pfn);
    }
}
