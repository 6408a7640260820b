package org.mmscope.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.CompactOp;
import org.mmscope.dsl.mms.Declaration;
import org.mmscope.dsl.mms.DeviceDecl;
import org.mmscope.dsl.mms.DmaMapOp;
import org.mmscope.dsl.mms.DmaReadOp;
import org.mmscope.dsl.mms.DmaUnmapOp;
import org.mmscope.dsl.mms.DmaWriteOp;
import org.mmscope.dsl.mms.ExpectCounter;
import org.mmscope.dsl.mms.ExpectDmaRead;
import org.mmscope.dsl.mms.ExpectFrame;
import org.mmscope.dsl.mms.ExpectPage;
import org.mmscope.dsl.mms.ExpectRead;
import org.mmscope.dsl.mms.Expectation;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupCall;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.MadviseOp;
import org.mmscope.dsl.mms.MigrateOp;
import org.mmscope.dsl.mms.MlockOp;
import org.mmscope.dsl.mms.MmapAnon;
import org.mmscope.dsl.mms.MmapFile;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.MprotectOp;
import org.mmscope.dsl.mms.MunlockOp;
import org.mmscope.dsl.mms.Munmap;
import org.mmscope.dsl.mms.OfflineOp;
import org.mmscope.dsl.mms.Operation;
import org.mmscope.dsl.mms.PageRef;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.ProcessDecl;
import org.mmscope.dsl.mms.RangeRef;
import org.mmscope.dsl.mms.ReadOp;
import org.mmscope.dsl.mms.ReclaimOp;
import org.mmscope.dsl.mms.ReleaseCall;
import org.mmscope.dsl.mms.ReleaseOp;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Statement;
import org.mmscope.dsl.mms.Step;
import org.mmscope.dsl.mms.TouchOp;
import org.mmscope.dsl.mms.WriteOp;
import org.mmscope.dsl.translate.Syntax;

/**
 * Scoping of the scenario language, checked in file order: a process's own mapping names, the names a forked
 * child inherits, {@code p.v} references into other processes, global handles and devices. Reports names used
 * before they exist, duplicates, ranges out of bounds and operations given to the wrong kind of actor.
 */
public final class NameChecker {
    public record Problem(String message, EObject object, EStructuralFeature feature, int index, String code) {
    }

    private record Handle(GupCall call, long pages) {
    }

    private static final MmsPackage P = MmsPackage.eINSTANCE;
    private final Consumer<Problem> report;
    private final Map<String, Map<String, Long>> processes = new LinkedHashMap<>();
    private final Set<String> devices = new HashSet<>();
    private final Map<String, Handle> handles = new HashMap<>();
    private long pageSize;

    public NameChecker(Consumer<Problem> report) {
        this.report = report;
    }

    /** Processes and their mapping names (with page counts) in scope after {@link #check}. */
    public Map<String, Map<String, Long>> processes() {
        return processes;
    }

    public Set<String> devices() {
        return devices;
    }

    public Set<String> handles() {
        return handles.keySet();
    }

    /** The names a scenario defines, in file order, ignoring problems (for content assist and outline). */
    public static NameChecker symbols(Scenario s) {
        NameChecker c = new NameChecker(p -> {
        });
        c.check(s);
        return c;
    }

    public void check(Scenario s) {
        pageSize = Syntax.pageSize(s);
        for (Declaration d : s.getDeclarations()) {
            String name = d.getName();
            EStructuralFeature f = P.getDeclaration_Name();
            if (name == null) {
                continue;
            }
            if (processes.containsKey(name) || devices.contains(name)) {
                problem("duplicate name '" + name + "'", d, f, IssueCodes.DUPLICATE_NAME);
            } else if (d instanceof DeviceDecl) {
                devices.add(name);
            } else {
                processes.put(name, new LinkedHashMap<>());
            }
        }
        for (Statement st : s.getStatements()) {
            if (st instanceof Step step) {
                step(step);
            } else if (st instanceof Parallel par) {
                par.getSteps().forEach(this::step);
            } else if (st instanceof Expectation e) {
                expectation(e);
            }
        }
    }

    private void step(Step step) {
        Operation op = step.getOp();
        if (op == null) {
            return;
        }
        if (step.isKernel()) {
            if (!(op instanceof ReclaimOp || op instanceof MigrateOp || op instanceof CompactOp || op instanceof OfflineOp)) {
                problem("the kernel cannot do this; kernel steps are reclaim, migrate, compact and offline", step,
                        P.getStep_Op(), IssueCodes.WRONG_ACTOR);
            } else if (op instanceof MigrateOp m) {
                range(null, m.getRange());
            } else if (op instanceof OfflineOp o && o.getRange() != null) {
                range(null, o.getRange());
            }
            return;
        }
        String actor = step.getActor();
        if (actor == null) {
            return;
        }
        boolean deviceOp = op instanceof DmaMapOp || op instanceof DmaUnmapOp || op instanceof DmaWriteOp || op instanceof DmaReadOp;
        boolean kernelOp = op instanceof ReclaimOp || op instanceof MigrateOp || op instanceof CompactOp || op instanceof OfflineOp;
        if (devices.contains(actor)) {
            if (!deviceOp) {
                problem("'" + actor + "' is a device: it can map, unmap, dma write and dma read", step, P.getStep_Op(), IssueCodes.WRONG_ACTOR);
                return;
            }
            deviceStep(op);
            return;
        }
        if (!processes.containsKey(actor)) {
            problem("unknown process or device '" + actor + "'", step, P.getStep_Actor(), IssueCodes.UNKNOWN_NAME);
            return;
        }
        if (deviceOp || kernelOp) {
            problem("'" + actor + "' is a process; " + (deviceOp ? "DMA is done by a device" : "only 'kernel:' does this"), step,
                    P.getStep_Op(), IssueCodes.WRONG_ACTOR);
            return;
        }
        processStep(actor, op);
    }

    private void processStep(String actor, Operation op) {
        switch (op) {
        case Assignment a -> assignment(actor, a);
        case Munmap m -> {
            if (!processes.get(actor).containsKey(m.getTarget())) {
                problem("'" + actor + "' has no mapping named '" + m.getTarget() + "'", m, P.getMunmap_Target(), IssueCodes.UNKNOWN_NAME);
            }
        }
        case WriteOp w -> range(actor, w.getRange());
        case ReadOp r -> range(actor, r.getRange());
        case TouchOp t -> range(actor, t.getRange());
        case MlockOp m -> range(actor, m.getRange());
        case MunlockOp m -> range(actor, m.getRange());
        case MprotectOp m -> range(actor, m.getRange());
        case MadviseOp m -> range(actor, m.getRange());
        case ReleaseOp r -> release(r);
        default -> {
            // exit
        }
        }
    }

    private void assignment(String actor, Assignment a) {
        String name = a.getName();
        if (a.getValue() == null || name == null) {
            return;
        }
        switch (a.getValue()) {
        case MmapAnon m -> defineMapping(actor, a, pages(m.getSize()));
        case MmapFile m -> defineMapping(actor, a, pages(m.getSize()));
        case ForkOp f -> {
            if (processes.containsKey(name) || devices.contains(name)) {
                problem("duplicate name '" + name + "'", a, P.getAssignment_Name(), IssueCodes.DUPLICATE_NAME);
            } else {
                processes.put(name, new LinkedHashMap<>(processes.get(actor))); // the child inherits the names
            }
        }
        case GupOp g -> {
            long pages = range(actor, g.getRange());
            if (handles.containsKey(name)) {
                problem("duplicate handle '" + name + "'", a, P.getAssignment_Name(), IssueCodes.DUPLICATE_NAME);
            } else {
                handles.put(name, new Handle(g.getCall(), pages));
            }
        }
        default -> {
        }
        }
    }

    /** A mapping's length in pages; a size the validator rejects at its number bounds nothing (no second error). */
    private long pages(org.mmscope.dsl.mms.Size size) {
        if (size == null || !Syntax.converted(size)) {
            return Long.MAX_VALUE;
        }
        try {
            return Syntax.pages(size, pageSize);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private void defineMapping(String actor, Assignment a, long pages) {
        Map<String, Long> own = processes.get(actor);
        if (own.containsKey(a.getName())) {
            problem("'" + actor + "' already has a mapping named '" + a.getName() + "'", a, P.getAssignment_Name(), IssueCodes.DUPLICATE_NAME);
        }
        own.put(a.getName(), pages);
    }

    private void release(ReleaseOp r) {
        Handle h = handles.get(r.getHandle());
        if (h == null) {
            problem("unknown handle '" + r.getHandle() + "'", r, P.getReleaseOp_Handle(), IssueCodes.UNKNOWN_NAME);
            return;
        }
        ReleaseCall expected = switch (h.call()) {
        case GET_USER_PAGES -> ReleaseCall.PUT_PAGE;
        case PIN_USER_PAGES -> ReleaseCall.UNPIN_USER_PAGES;
        case PIN -> ReleaseCall.UNPIN;
        };
        if (r.getCall() != expected) {
            problem("'" + r.getCall().getLiteral() + "' does not release '" + r.getHandle() + "', which was taken with "
                    + h.call().getLiteral() + ": release it with " + expected.getLiteral(),
                    r, P.getReleaseOp_Call(), IssueCodes.WRONG_RELEASE);
        }
    }

    private void deviceStep(Operation op) {
        switch (op) {
        case DmaMapOp m -> handle(m, P.getDmaMapOp_Handle(), m.getHandle());
        case DmaUnmapOp m -> handle(m, P.getDmaUnmapOp_Handle(), m.getHandle());
        case DmaWriteOp w -> handleRange(w.getRange());
        case DmaReadOp r -> handleRange(r.getRange());
        default -> {
        }
        }
    }

    private void handle(EObject o, EStructuralFeature f, String name) {
        if (!handles.containsKey(name)) {
            problem("unknown handle '" + name + "'", o, f, IssueCodes.UNKNOWN_NAME);
        }
    }

    private void handleRange(RangeRef r) {
        if (r == null || r.getName() == null) {
            return;
        }
        Handle h = handles.get(r.getName());
        if (h == null || r.getOwner() != null) {
            problem("unknown handle '" + (r.getOwner() != null ? r.getOwner() + "." : "") + r.getName() + "'", r,
                    P.getRangeRef_Name(), IssueCodes.UNKNOWN_NAME);
            return;
        }
        bounds(r, h.pages());
    }

    /** Resolves a range (bare name: the actor's own mapping) and returns its length in pages (0 if unknown). */
    private long range(String actor, RangeRef r) {
        if (r == null || r.getName() == null) {
            return 0;
        }
        String owner = r.getOwner() != null ? r.getOwner() : actor;
        if (owner == null) {
            problem("name the process: p." + r.getName(), r, P.getRangeRef_Name(), IssueCodes.UNKNOWN_NAME);
            return 0;
        }
        Map<String, Long> maps = processes.get(owner);
        if (maps == null) {
            problem("unknown process '" + owner + "'", r, P.getRangeRef_Owner(), IssueCodes.UNKNOWN_NAME);
            return 0;
        }
        Long pages = maps.get(r.getName());
        if (pages == null) {
            problem("'" + owner + "' has no mapping named '" + r.getName() + "'", r, P.getRangeRef_Name(), IssueCodes.UNKNOWN_NAME);
            return 0;
        }
        return bounds(r, pages);
    }

    private long bounds(RangeRef r, long pages) {
        boolean hasFrom = Syntax.written(r, P.getRangeRef_From());
        if (!hasFrom) {
            return pages;
        }
        if (!Syntax.converted(r, P.getRangeRef_From())
                || Syntax.written(r, P.getRangeRef_To()) && !Syntax.converted(r, P.getRangeRef_To())) {
            return pages; // a number too large: already a syntax error at the number
        }
        long from = r.getFrom();
        long to = Syntax.written(r, P.getRangeRef_To()) ? r.getTo() : from;
        if (from > to) {
            problem("empty range [" + from + ".." + to + "]", r, P.getRangeRef_To(), IssueCodes.OUT_OF_BOUNDS);
        } else if (to >= pages) {
            problem("page " + to + " is out of bounds: '" + r.getName() + "' has " + pages + " page(s)", r,
                    Syntax.written(r, P.getRangeRef_To()) ? P.getRangeRef_To() : P.getRangeRef_From(), IssueCodes.OUT_OF_BOUNDS);
        }
        return to - from + 1;
    }

    private void expectation(Expectation e) {
        if (e.getBody() == null) {
            return; // incomplete text while typing
        }
        switch (e.getBody()) {
        case ExpectRead r -> {
            if (!processes.containsKey(r.getActor())) {
                problem("unknown process '" + r.getActor() + "'", r, P.getExpectRead_Actor(), IssueCodes.UNKNOWN_NAME);
            } else {
                range(r.getActor(), r.getRange());
            }
        }
        case ExpectDmaRead r -> {
            if (!devices.contains(r.getActor())) {
                problem("unknown device '" + r.getActor() + "'", r, P.getExpectDmaRead_Actor(), IssueCodes.UNKNOWN_NAME);
            }
            handleRange(r.getRange());
        }
        case ExpectPage p -> {
            page(p.getPage());
            if (p.getOther() != null) {
                page(p.getOther());
            }
        }
        case ExpectCounter c -> page(c.getPage());
        case ExpectFrame f -> page(f.getPage());
        default -> {
        }
        }
    }

    private void page(PageRef p) {
        if (p == null || p.getName() == null) {
            return;
        }
        long pages;
        if (p.getOwner() == null) {
            Handle h = handles.get(p.getName());
            if (h == null) {
                problem("unknown handle '" + p.getName() + "' (a process page is written p." + p.getName() + "[i])", p,
                        P.getPageRef_Name(), IssueCodes.UNKNOWN_NAME);
                return;
            }
            pages = h.pages();
        } else {
            Map<String, Long> maps = processes.get(p.getOwner());
            if (maps == null) {
                problem("unknown process '" + p.getOwner() + "'", p, P.getPageRef_Owner(), IssueCodes.UNKNOWN_NAME);
                return;
            }
            Long n = maps.get(p.getName());
            if (n == null) {
                problem("'" + p.getOwner() + "' has no mapping named '" + p.getName() + "'", p, P.getPageRef_Name(), IssueCodes.UNKNOWN_NAME);
                return;
            }
            pages = n;
        }
        if (p.getIndex() >= pages) {
            problem("page " + p.getIndex() + " is out of bounds: '" + p.getName() + "' has " + pages + " page(s)", p,
                    P.getPageRef_Index(), IssueCodes.OUT_OF_BOUNDS);
        }
    }

    private void problem(String message, EObject o, EStructuralFeature f, String code) {
        report.accept(new Problem(message, o, f, -1, code));
    }
}
