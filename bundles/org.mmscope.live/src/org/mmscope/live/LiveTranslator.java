package org.mmscope.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.live.LivePlan.COp;
import org.mmscope.live.LivePlan.CStep;
import org.mmscope.live.LivePlan.LiveStep;
import org.mmscope.live.LivePlan.Untranslatable;
import org.mmscope.model.mm.DmaDirection;
import org.mmscope.model.mm.ZoneType;

/**
 * Translates a scenario into a {@link LivePlan}: each step becomes one operation of the C runtime plus the
 * engine op that models what that operation does on linux-6.12. Where the host can only do something close
 * to the written step (io_uring pins are always FOLL_WRITE|FOLL_LONGTERM; MADV_PAGEOUT stands in for
 * reclaim), the engine runs the stand-in too and the step says so. The first statement with no host
 * counterpart ends the plan; it and every later step are listed as untranslatable, never dropped silently.
 */
public final class LiveTranslator {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;

    private record Handle(boolean pin, int owner, String ownerName, int pages) {
    }

    private final Scenario scenario;
    private final List<LiveStep> steps = new ArrayList<>();
    private final List<Untranslatable> untranslatable = new ArrayList<>();
    private final List<String> processes = new ArrayList<>();
    private final List<String> vars = new ArrayList<>();
    private final List<String> handleNames = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final List<Long> filePages = new ArrayList<>();
    private final List<byte[]> texts = new ArrayList<>();
    private final Map<String, Map<String, Long>> mappings = new HashMap<>();
    private final Layout layout = new Layout();
    private final Inheritance inheritance = new Inheritance();
    private final Set<String> exited = new HashSet<>();
    private final Set<String> sharedFileMappings = new HashSet<>();
    private final Map<String, Handle> handles = new LinkedHashMap<>();
    private final Map<String, DmaDirection> deviceMaps = new HashMap<>();
    private boolean needsSwap;

    private LiveTranslator(Scenario scenario) {
        this.scenario = scenario;
    }

    public static LivePlan translate(Scenario scenario) {
        return new LiveTranslator(scenario).run();
    }

    private LivePlan run() {
        for (String p : scenario.machine().processes()) {
            processes.add(p);
            mappings.put(p, new LinkedHashMap<>());
        }
        List<Scenario.StepItem> all = new ArrayList<>();
        for (Scenario.Item item : scenario.items()) {
            if (item instanceof Scenario.StepItem s) {
                all.add(s);
            } else if (item instanceof Scenario.ParallelItem par) {
                all.addAll(par.steps()); // the written order, as `run` does
            }
        }
        String machineProblem = machineProblem();
        for (Scenario.StepItem s : all) {
            if (!untranslatable.isEmpty()) {
                untranslatable.add(new Untranslatable(s.line(), s.text(), "after a step that is not translatable"));
                continue;
            }
            String reason = machineProblem != null ? machineProblem : translate(s);
            if (reason != null) {
                untranslatable.add(new Untranslatable(s.line(), s.text(), reason));
            }
        }
        return new LivePlan(scenario, steps, untranslatable, processes, scenario.machine().processes().size(), vars,
                handleNames, files, filePages, texts, needsSwap);
    }

    private String machineProblem() {
        if (scenario.machine().pageSize() != 4096) {
            return "the host's base page is 4 KiB, the scenario's machine has " + scenario.machine().pageSize() + " B pages";
        }
        return null;
    }

    /** Adds the live step for {@code s}; returns why it cannot be translated, or null. */
    private String translate(Scenario.StepItem s) {
        String actor = actorOf(s);
        Op op = s.op();
        if (!actor.equals("kernel") && processes.contains(actor) && exited.contains(actor)) {
            return "process " + actor + " has exited";
        }
        return switch (op) {
        case Op.MmapAnon m -> {
            long pages = m.pages();
            mappings.get(actor).put(m.var(), pages);
            inheritance.mapped(actor, m.var());
            yield add(s, op,
                    new CStep(COp.MMAP_ANON, proc(actor), var(m.var()), pages, layout.mmap(actor, pages), prot(m.read(), m.write()), 0, 0,
                            m.shared()),
                    null);
        }
        case Op.MmapFile m -> {
            mappings.get(actor).put(m.var(), m.pages());
            if (m.shared()) {
                sharedFileMappings.add(actor + "." + m.var());
            } else {
                sharedFileMappings.remove(actor + "." + m.var());
            }
            int file = file(m.file(), m.pages());
            inheritance.mapped(actor, m.var());
            yield add(s, op,
                    new CStep(COp.MMAP_FILE, proc(actor), var(m.var()), m.pages(), layout.mmap(actor, m.pages()), prot(m.read(), m.write()),
                            file, 0, m.shared()),
                    null);
        }
        case Op.Munmap m -> {
            if (mappings.get(actor).remove(m.var()) == null) {
                yield "no mapping " + m.var() + " in " + actor;
            }
            yield add(s, op, new CStep(COp.MUNMAP, proc(actor), var(m.var()), 0, 0, 0, 0, 0, false), null);
        }
        case Op.Write w -> rangeStep(s, actor, w.range(), COp.WRITE, 0, text(w.text()));
        case Op.Read r -> rangeStep(s, actor, r.range(), COp.READ, 0, 0);
        case Op.Mlock m -> rangeStep(s, actor, m.range(), m.lock() ? COp.MLOCK : COp.MUNLOCK, 0, 0);
        case Op.Mprotect m -> rangeStep(s, actor, m.range(), COp.MPROTECT, switch (m.prot()) {
        case NONE -> 0;
        case READ -> PROT_READ;
        case READ_WRITE -> PROT_READ | PROT_WRITE;
        }, 0);
        case Op.Madvise m -> {
            if (m.advice() == Op.Advice.PAGEOUT) {
                needsSwap = true;
            }
            long[] r = resolve(actor, m.range());
            if (r != null && (m.advice() == Op.Advice.DONTFORK || m.advice() == Op.Advice.DOFORK)
                    && inheritance.missing(actor, m.range().var(), r[0], r[1]) < 0) {
                inheritance.dontfork(actor, m.range().var(), r[0], r[1], m.advice() == Op.Advice.DONTFORK);
            }
            yield rangeStep(s, actor, m.range(), COp.MADVISE, switch (m.advice()) {
            case DONTNEED -> 4;
            case DONTFORK -> 10;
            case DOFORK -> 11;
            case WIPEONFORK -> 18;
            case PAGEOUT -> 21;
            }, 0);
        }
        case Op.Fork f -> {
            if (processes.contains(f.child())) {
                yield "a second process named " + f.child();
            }
            processes.add(f.child());
            mappings.put(f.child(), new LinkedHashMap<>(mappings.get(actor)));
            layout.fork(actor, f.child());
            inheritance.fork(actor, f.child());
            for (String var : mappings.get(actor).keySet()) {
                if (sharedFileMappings.contains(actor + "." + var)) {
                    sharedFileMappings.add(f.child() + "." + var);
                }
            }
            yield add(s, op, new CStep(COp.FORK, proc(actor), 0, 0, 0, proc(f.child()), 0, 0, false), null);
        }
        case Op.Exit e -> {
            for (Map.Entry<String, Handle> h : handles.entrySet()) {
                if (h.getValue().ownerName().equals(actor)) {
                    yield "exit closes the process's io_uring rings and pipes, which drops handle " + h.getKey()
                            + "; the engine keeps it (release it first)";
                }
            }
            exited.add(actor);
            yield add(s, op, new CStep(COp.EXIT, proc(actor), 0, 0, 0, 0, 0, 0, false), null);
        }
        case Op.Gup g -> gup(s, actor, g);
        case Op.Release r -> {
            Handle h = handles.remove(r.handle());
            if (h == null) {
                yield "no live handle " + r.handle();
            }
            yield add(s, op, new CStep(h.pin() ? COp.UNPIN : COp.PUT_PAGE, h.owner(), 0, 0, 0, 0, handle(r.handle()), 0, false), null);
        }
        case Op.DmaMap m -> {
            if (!handles.containsKey(m.handle())) {
                yield "no live handle " + m.handle();
            }
            deviceMaps.put(m.device() + "/" + m.handle(), m.direction());
            LiveStep step = new LiveStep(s.line(), s.text(), op,
                    new CStep(COp.NOP, handles.get(m.handle()).owner(), 0, 0, 0, 0, 0, 0, false),
                    "dma_map_sg has no host counterpart: the device keeps the pinned pages themselves", false);
            steps.add(step);
            yield null;
        }
        case Op.DmaUnmap m -> {
            if (deviceMaps.remove(m.device() + "/" + m.handle()) == null || !handles.containsKey(m.handle())) {
                yield m.device() + " has not mapped " + m.handle() + " (the IOMMU is not modelled on the host)";
            }
            steps.add(new LiveStep(s.line(), s.text(), op, new CStep(COp.NOP, handles.get(m.handle()).owner(), 0, 0, 0, 0, 0, 0, false),
                    "dma_unmap_sg has no host counterpart", false));
            yield null;
        }
        case Op.DmaWrite w -> dma(s, w.device(), w.range(), true, text(w.text()));
        case Op.DmaRead r -> dma(s, r.device(), r.range(), false, 0);
        case Op.Reclaim r -> {
            if (r.pages() > 0) {
                yield "reclaim of N pages has no deterministic host counterpart (MADV_PAGEOUT stands in only for a full pass)";
            }
            needsSwap = true;
            yield add(s, null, new CStep(COp.PAGEOUT_ALL, -1, 0, 0, 0, 0, 0, 0, false),
                    "MADV_PAGEOUT of every page of every mapping stands in for reclaim (pages mapped more than once are skipped)");
        }
        case Op.Migrate m -> "kernel compaction is not a deterministic migration trigger on the host";
        case Op.Compact c -> "kernel compaction is not a deterministic migration trigger on the host";
        case Op.Offline o -> "memory hot-remove changes the host; not supported by mmscope live yet";
        };
    }

    private String gup(Scenario.StepItem s, String actor, Op.Gup g) {
        if (!g.range().process().equals(actor)) {
            return "a GUP on another process's memory (the host would need that process to do it)";
        }
        if (handles.containsKey(g.handle())) {
            return "handle " + g.handle() + " is still held";
        }
        long[] r = resolve(actor, g.range());
        if (r == null) {
            return "no mapping " + g.range().var() + " in " + actor;
        }
        String missing = notInherited(actor, g.range().var(), r);
        if (missing != null) {
            return missing;
        }
        boolean pin = g.call() != Op.GupCall.GET_USER_PAGES;
        if (pin && scenario.machine().zones().stream().anyMatch(z -> z.type() == ZoneType.MOVABLE)) {
            return "the scenario's machine has ZONE_MOVABLE, the host has none: a FOLL_LONGTERM pin would not migrate there";
        }
        if (pin && !g.longterm() && sharedFileMappings.contains(actor + "." + g.range().var())) {
            return "io_uring pins are FOLL_LONGTERM, which linux-6.12 refuses on a shared file mapping (mm/gup.c check_vma_flags);"
                    + " the written pin is short-term";
        }
        handles.put(g.handle(), new Handle(pin, proc(actor), actor, (int) (r[1] - r[0] + 1)));
        int h = handle(g.handle());
        if (pin) {
            Op modeled = new Op.Gup(g.handle(), g.range(), Op.GupCall.PIN_USER_PAGES, true, true);
            String standIn = g.write() && g.longterm() && g.call() == Op.GupCall.PIN_USER_PAGES ? null
                    : "io_uring_register_buffers pins with FOLL_PIN|FOLL_WRITE|FOLL_LONGTERM";
            return add(s, modeled, new CStep(COp.PIN, proc(actor), var(g.range().var()), r[0], r[1], 1, h, 0, false), standIn);
        }
        Op modeled = new Op.Gup(g.handle(), g.range(), Op.GupCall.GET_USER_PAGES, g.write(), false);
        String standIn = "vmsplice() into a pipe takes the FOLL_GET reference"
                + (g.write() ? " (after a write fault, as FOLL_WRITE does)" : "")
                + (g.longterm() ? "; it has no FOLL_LONGTERM" : "");
        return add(s, modeled, new CStep(COp.GUP_GET, proc(actor), var(g.range().var()), r[0], r[1], g.write() ? 1 : 0, h, 0, false),
                standIn);
    }

    private String dma(Scenario.StepItem s, String device, Op.HandleRange range, boolean write, int text) {
        Handle h = handles.get(range.handle());
        DmaDirection dir = deviceMaps.get(device + "/" + range.handle());
        if (h == null) {
            return "no live handle " + range.handle();
        }
        if (dir == null) {
            return device + " has not mapped " + range.handle() + " (the IOMMU is not modelled on the host)";
        }
        if (write && dir == DmaDirection.TO_DEVICE) {
            return "a DMA write through a to_device mapping (an IOMMU fault, not modelled on the host)";
        }
        if (write && !h.pin()) {
            return "the kernel cannot write into vmsplice()d pipe pages: a DMA write needs a pin (io_uring)";
        }
        if (exited.contains(h.ownerName())) {
            return "the owner of " + range.handle() + " has exited";
        }
        long from = range.from() == null ? 0 : range.from();
        long to = range.to() == null ? h.pages() - 1 : range.to();
        if (from < 0 || to >= h.pages() || from > to) {
            return "range outside " + range.handle();
        }
        Op op = s.op();
        return add(s, op, new CStep(write ? COp.DMA_WRITE : COp.DMA_READ, h.owner(), 0, from, to, 0, handle(range.handle()), text, false),
                write ? "IORING_OP_READ_FIXED writes into the pinned pages, as the device would"
                        : "IORING_OP_WRITE_FIXED reads the pinned pages, as the device would");
    }

    private String rangeStep(Scenario.StepItem s, String actor, Op.Range range, COp cop, int arg, int text) {
        if (!range.process().equals(actor)) {
            return "a step on another process's memory (the host would need process_vm_writev, which pins and unshares)";
        }
        long[] r = resolve(actor, range);
        if (r == null) {
            return "no mapping " + range.var() + " in " + actor + ", or the range is outside it";
        }
        String missing = notInherited(actor, range.var(), r);
        if (missing != null) {
            return missing;
        }
        return add(s, s.op(), new CStep(cop, proc(actor), var(range.var()), r[0], r[1], arg, 0, text, false), null);
    }

    /** Why a step on pages {@code r} of {@code var} cannot run live: a page the process did not inherit; or null. */
    private String notInherited(String actor, String var, long[] r) {
        long page = inheritance.missing(actor, var, r[0], r[1]);
        return page < 0 ? null : actor + " did not inherit " + var + "[" + page + "] (MADV_DONTFORK): the engine has no VMA there, the host"
                + " holds the hole with a PROT_NONE mapping (so that no later mapping reuses the address)";
    }

    private String add(Scenario.StepItem s, Op op, CStep c, String standIn) {
        steps.add(new LiveStep(s.line(), s.text(), op, c, standIn, op != null));
        return null;
    }

    private long[] resolve(String process, Op.Range r) {
        Long pages = mappings.get(process).get(r.var());
        if (pages == null) {
            return null;
        }
        long from = r.from() == null ? 0 : r.from();
        long to = r.to() == null ? pages - 1 : r.to();
        return from < 0 || to >= pages || from > to ? null : new long[] { from, to };
    }

    /** The actor of a step as written ({@code ACTOR: operation}); ops keep only the process a range belongs to. */
    static String actorOf(Scenario.StepItem s) {
        int colon = s.text().indexOf(':');
        return colon < 0 ? "kernel" : s.text().substring(0, colon).trim();
    }

    private int proc(String name) {
        return processes.indexOf(name);
    }

    private int var(String name) {
        return index(vars, name);
    }

    private int handle(String name) {
        return index(handleNames, name);
    }

    private int file(String name, long pages) {
        int i = index(files, name);
        if (i == filePages.size()) {
            filePages.add(pages);
        } else {
            filePages.set(i, Math.max(filePages.get(i), pages));
        }
        return i;
    }

    /** The C index of a name: its place in the table, added at the end the first time. */
    private static int index(List<String> table, String name) {
        int i = table.indexOf(name);
        if (i < 0) {
            table.add(name);
            i = table.size() - 1;
        }
        return i;
    }

    private int text(String text) {
        texts.add(Contents.stored(text, 4096)); // the text and its zero byte, as the engine stores them (4 KiB pages only)
        return texts.size() - 1;
    }

    private static int prot(boolean read, boolean write) {
        return (read ? PROT_READ : 0) | (write ? PROT_WRITE : 0);
    }
}
