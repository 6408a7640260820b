package org.mmscope.dsl.translate;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.BlockSetting;
import org.mmscope.dsl.mms.CompactOp;
import org.mmscope.dsl.mms.Declaration;
import org.mmscope.dsl.mms.DeviceDecl;
import org.mmscope.dsl.mms.DmaMapOp;
import org.mmscope.dsl.mms.DmaReadOp;
import org.mmscope.dsl.mms.DmaUnmapOp;
import org.mmscope.dsl.mms.DmaWriteOp;
import org.mmscope.dsl.mms.ExitOp;
import org.mmscope.dsl.mms.Expectation;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupCall;
import org.mmscope.dsl.mms.GupFlag;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.MachineSetting;
import org.mmscope.dsl.mms.MadviseOp;
import org.mmscope.dsl.mms.MapFlag;
import org.mmscope.dsl.mms.MigrateOp;
import org.mmscope.dsl.mms.MlockOp;
import org.mmscope.dsl.mms.MmapAnon;
import org.mmscope.dsl.mms.MmapFile;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.MprotectOp;
import org.mmscope.dsl.mms.MunlockOp;
import org.mmscope.dsl.mms.Named;
import org.mmscope.dsl.mms.Munmap;
import org.mmscope.dsl.mms.OfflineOp;
import org.mmscope.dsl.mms.Operation;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.ProcessDecl;
import org.mmscope.dsl.mms.RamSetting;
import org.mmscope.dsl.mms.RangeRef;
import org.mmscope.dsl.mms.ReadOp;
import org.mmscope.dsl.mms.ReclaimOp;
import org.mmscope.dsl.mms.ReleaseOp;
import org.mmscope.dsl.mms.Statement;
import org.mmscope.dsl.mms.Step;
import org.mmscope.dsl.mms.SwapSetting;
import org.mmscope.dsl.mms.TouchOp;
import org.mmscope.dsl.mms.WriteOp;
import org.mmscope.dsl.mms.ZoneKind;
import org.mmscope.dsl.mms.ZoneSetting;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.model.mm.DmaDirection;
import org.mmscope.model.mm.ZoneType;

/**
 * Translates a parsed, validated scenario file into the engine's {@link Scenario}. Validation has already
 * rejected everything this class would not know how to translate; every name is read from its resolved
 * reference (MmsScopeProvider), so a child's inherited mapping is the parent's declaration under the same name.
 */
public final class ScenarioTranslator {
    private final org.mmscope.dsl.mms.Scenario ast;
    private final long pageSize;

    private ScenarioTranslator(org.mmscope.dsl.mms.Scenario ast) {
        this.ast = ast;
        this.pageSize = Syntax.pageSize(ast);
    }

    public static Scenario translate(org.mmscope.dsl.mms.Scenario ast, String source) {
        return new ScenarioTranslator(ast).build(source);
    }

    private Scenario build(String source) {
        List<String> eras = ast.getKernel() == null ? List.of(Eras.DEFAULT) : List.copyOf(ast.getKernel().getEras());
        List<Scenario.Item> items = new ArrayList<>();
        for (Statement st : ast.getStatements()) {
            switch (st) {
            case Step step -> items.add(stepItem(step));
            case Parallel p -> {
                List<Scenario.StepItem> steps = new ArrayList<>();
                p.getSteps().forEach(s -> steps.add(stepItem(s)));
                items.add(new Scenario.ParallelItem(Syntax.line(p), Syntax.endLine(p), steps));
            }
            case Expectation e -> items.add(new Scenario.ExpectItem(Syntax.line(e), Syntax.column(e), List.copyOf(e.getEras()),
                    ExpectTranslator.expect(e.getBody()), Syntax.text(e)));
            default -> throw new IllegalStateException("unknown statement " + st.eClass().getName());
            }
        }
        return new Scenario(ast.getTitle(), source, eras, machine(), items);
    }

    private Scenario.StepItem stepItem(Step step) {
        return new Scenario.StepItem(Syntax.line(step), Syntax.column(step), op(step), Syntax.text(step));
    }

    private MachineSpec machine() {
        MachineSpec m = MachineSpec.defaults().page(Math.toIntExact(pageSize));
        if (ast.getMachine() != null) {
            for (MachineSetting s : ast.getMachine().getSettings()) {
                switch (s) {
                case RamSetting r -> m.ram(Syntax.bytes(r.getSize(), pageSize));
                case SwapSetting r -> m.swap(Syntax.bytes(r.getSize(), pageSize));
                case ZoneSetting z -> m.zone(z.getZone() == ZoneKind.MOVABLE ? ZoneType.MOVABLE : ZoneType.NORMAL,
                        Syntax.bytes(z.getSize(), pageSize));
                case BlockSetting b -> m.block(Syntax.bytes(b.getSize(), pageSize));
                default -> {
                    // page size: already applied
                }
                }
            }
        }
        for (Declaration d : ast.getDeclarations()) {
            switch (d) {
            case DeviceDecl dev -> m.device(dev.getName());
            case ProcessDecl p -> m.process(p.getName());
            default -> throw new IllegalStateException(d.eClass().getName());
            }
        }
        return m;
    }

    private Op op(Step step) {
        String actor = step.isKernel() ? "kernel" : name(step.getActor());
        Operation o = step.getOp();
        return switch (o) {
        case Assignment a -> assignment(actor, a);
        case Munmap m -> new Op.Munmap(actor, name(m.getTarget()));
        case WriteOp w -> new Op.Write(range(actor, w.getRange()), w.getText());
        case ReadOp r -> new Op.Read(range(actor, r.getRange()));
        case TouchOp t -> new Op.Read(range(actor, t.getRange()));
        case MlockOp m -> new Op.Mlock(range(actor, m.getRange()), true);
        case MunlockOp m -> new Op.Mlock(range(actor, m.getRange()), false);
        case MprotectOp m -> new Op.Mprotect(range(actor, m.getRange()),
                m.isNone() ? Op.Prot.NONE : m.isWrite() ? Op.Prot.READ_WRITE : Op.Prot.READ);
        case MadviseOp m -> new Op.Madvise(range(actor, m.getRange()), Op.Advice.valueOf(m.getAdvice().name()));
        case ExitOp e -> new Op.Exit(actor);
        case ReleaseOp r -> new Op.Release(actor, name(r.getHandle()));
        case DmaMapOp m -> new Op.DmaMap(actor, name(m.getHandle()), DmaDirection.valueOf(m.getDirection().name()));
        case DmaUnmapOp m -> new Op.DmaUnmap(actor, name(m.getHandle()));
        case DmaWriteOp w -> new Op.DmaWrite(actor, handleRange(w.getRange()), w.getText());
        case DmaReadOp r -> new Op.DmaRead(actor, handleRange(r.getRange()));
        case ReclaimOp r -> new Op.Reclaim(Syntax.written(r, MmsPackage.Literals.RECLAIM_OP__COUNT) ? r.getCount() : 0);
        case MigrateOp m -> new Op.Migrate(range(null, m.getRange()));
        case CompactOp c -> new Op.Compact();
        case OfflineOp off -> Syntax.written(off, MmsPackage.Literals.OFFLINE_OP__INDEX) ? new Op.Offline(off.getIndex(), null)
                : new Op.Offline(null, range(null, off.getRange()));
        default -> throw new IllegalStateException("unknown operation " + o.eClass().getName());
        };
    }

    private Op assignment(String actor, Assignment a) {
        String name = a.getName();
        return switch (a.getValue()) {
        case MmapAnon m -> new Op.MmapAnon(actor, name, Syntax.pages(m.getSize(), pageSize), m.getFlags().contains(MapFlag.READ),
                m.getFlags().contains(MapFlag.WRITE), m.getFlags().contains(MapFlag.SHARED));
        case MmapFile m -> new Op.MmapFile(actor, name, m.getFile(), Syntax.pages(m.getSize(), pageSize),
                m.getFlags().contains(MapFlag.READ), m.getFlags().contains(MapFlag.WRITE), m.getFlags().contains(MapFlag.SHARED));
        case ForkOp f -> new Op.Fork(actor, name);
        case GupOp g -> new Op.Gup(name, range(actor, g.getRange()), Op.GupCall.valueOf(g.getCall() == GupCall.PIN
                ? "DRIVER_PIN" : g.getCall().name()), g.getFlags().contains(GupFlag.WRITE),
                g.getFlags().contains(GupFlag.LONGTERM));
        default -> throw new IllegalStateException(a.getValue().eClass().getName());
        };
    }

    /** A range in a step: a bare name is the actor's own mapping, {@code p.v} another process's. */
    static Op.Range range(String actor, RangeRef r) {
        String owner = r.getOwner() != null ? name(r.getOwner()) : actor;
        boolean hasFrom = Syntax.written(r, MmsPackage.Literals.RANGE_REF__FROM);
        boolean hasTo = Syntax.written(r, MmsPackage.Literals.RANGE_REF__TO);
        Long from = hasFrom ? r.getFrom() : null;
        Long to = hasTo ? Long.valueOf(r.getTo()) : from;
        return new Op.Range(owner, name(r.getTarget()), from, to);
    }

    static Op.HandleRange handleRange(RangeRef r) {
        Op.Range x = range(null, r);
        return new Op.HandleRange(name(r.getTarget()), x.from(), x.to());
    }

    /** The name a resolved reference denotes (the engine keys processes, mappings and handles by name). */
    static String name(Named n) {
        return n.getName();
    }
}
