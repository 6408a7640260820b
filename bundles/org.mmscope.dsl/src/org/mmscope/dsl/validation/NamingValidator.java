package org.mmscope.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.CompactOp;
import org.mmscope.dsl.mms.Declaration;
import org.mmscope.dsl.mms.DmaMapOp;
import org.mmscope.dsl.mms.DmaReadOp;
import org.mmscope.dsl.mms.DmaUnmapOp;
import org.mmscope.dsl.mms.DmaWriteOp;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.MigrateOp;
import org.mmscope.dsl.mms.MmapAnon;
import org.mmscope.dsl.mms.MmapFile;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.MmsPackage.Literals;
import org.mmscope.dsl.mms.Named;
import org.mmscope.dsl.mms.OfflineOp;
import org.mmscope.dsl.mms.Operation;
import org.mmscope.dsl.mms.PageRef;
import org.mmscope.dsl.mms.RangeRef;
import org.mmscope.dsl.mms.ReclaimOp;
import org.mmscope.dsl.mms.ReleaseCall;
import org.mmscope.dsl.mms.ReleaseOp;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Size;
import org.mmscope.dsl.mms.Step;
import org.mmscope.dsl.scoping.FileOrderNames;
import org.mmscope.dsl.scoping.MmsScopeProvider;
import org.mmscope.dsl.translate.Syntax;

import com.google.inject.Inject;

/**
 * The rules about names that resolution alone does not settle, read from the one resolution
 * ({@link MmsScopeProvider}; an unresolved name is reported by linking): duplicates, operations given to the wrong
 * kind of actor, the release call that matches a handle, and pages out of a mapping's or handle's bounds. Each
 * check looks up what it needs; none re-walks the file.
 */
public class NamingValidator extends AbstractDeclarativeValidator {
    @Inject
    private MmsScopeProvider scopes;

    /** Composed into {@link MmsValidator}: not registered on its own. */
    @Override
    public void register(EValidatorRegistrar registrar) {
    }

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(MmsPackage.eINSTANCE);
    }

    @Check
    public void checkDeclarationNamesAreUnique(Declaration d) {
        FileOrderNames names = scopes.names(d);
        if (d.getName() != null && names != null && names.declaration(d.getName()) != d) {
            error("duplicate name '" + d.getName() + "'", d, Literals.NAMED__NAME, IssueCodes.DUPLICATE_NAME);
        }
    }

    @Check
    public void checkKernelStepsAreKernelOperations(Step step) {
        if (step.isKernel() && step.getOp() != null && !isKernelOp(step.getOp())) {
            error("the kernel cannot do this; kernel steps are reclaim, migrate, compact and offline", step, Literals.STEP__OP,
                    IssueCodes.WRONG_ACTOR);
        }
    }

    @Check
    public void checkActorCanDoTheOperation(Step step) {
        Named actor = step.isKernel() ? null : step.getActor();
        Operation op = step.getOp();
        if (actor == null || actor.eIsProxy() || op == null) {
            return;
        }
        if (FileOrderNames.isDevice(actor)) {
            if (!isDeviceOp(op)) {
                error("'" + actor.getName() + "' is a device: it can map, unmap, dma write and dma read", step, Literals.STEP__OP,
                        IssueCodes.WRONG_ACTOR);
            }
        } else if (isDeviceOp(op) || isKernelOp(op)) {
            error("'" + actor.getName() + "' is a process; " + (isDeviceOp(op) ? "DMA is done by a device" : "only 'kernel:' does this"),
                    step,
                    Literals.STEP__OP, IssueCodes.WRONG_ACTOR);
        }
    }

    /** A mapping name once per process (inherited ones count), a child's name once, a handle's name once. */
    @Check
    public void checkAssignedNameIsNew(Assignment a) {
        FileOrderNames names = scopes.names(a);
        Step step = EcoreUtil2.getContainerOfType(a, Step.class);
        if (names == null || step == null || step.isKernel() || a.getName() == null || a.getValue() == null) {
            return;
        }
        FileOrderNames.Process actor = names.process(step.getActor());
        if (actor == null) {
            return; // the actor is unknown or a device: reported as that
        }
        String name = a.getName();
        switch (a.getValue()) {
        case MmapAnon m -> mappingIsNew(names, actor, a, step);
        case MmapFile m -> mappingIsNew(names, actor, a, step);
        case ForkOp f -> {
            if (names.declaration(name) != null || names.child(name) != a) {
                error("duplicate name '" + name + "'", a, Literals.NAMED__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
        case GupOp g -> {
            if (names.firstHandle(name) != a) {
                error("duplicate handle '" + name + "'", a, Literals.NAMED__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
        default -> {
        }
        }
    }

    private void mappingIsNew(FileOrderNames names, FileOrderNames.Process actor, Assignment a, Step step) {
        if (names.mapping(actor, a.getName(), names.positionOf(step)) != null) {
            error("'" + step.getActor().getName() + "' already has a mapping named '" + a.getName() + "'", a, Literals.NAMED__NAME,
                    IssueCodes.DUPLICATE_NAME);
        }
    }

    @Check
    public void checkReleaseMatchesTheCall(ReleaseOp r) {
        if (!(r.getHandle() instanceof Assignment h) || !(h.getValue() instanceof GupOp g) || r.getCall() == null) {
            return;
        }
        ReleaseCall expected = switch (g.getCall()) {
        case GET_USER_PAGES -> ReleaseCall.PUT_PAGE;
        case PIN_USER_PAGES -> ReleaseCall.UNPIN_USER_PAGES;
        case PIN -> ReleaseCall.UNPIN;
        };
        if (r.getCall() != expected) {
            error("'" + r.getCall().getLiteral() + "' does not release '" + h.getName() + "', which was taken with "
                    + g.getCall().getLiteral()
                    + ": release it with " + expected.getLiteral(), r, Literals.RELEASE_OP__CALL, IssueCodes.WRONG_RELEASE);
        }
    }

    @Check
    public void checkRangeIsInBounds(RangeRef r) {
        if (r.getTarget() instanceof Assignment target && !target.eIsProxy()) {
            bounds(r, pages(target));
        }
    }

    @Check
    public void checkPageIsInBounds(PageRef p) {
        if (p.getTarget() instanceof Assignment target && !target.eIsProxy()) {
            long pages = pages(target);
            if (p.getIndex() >= pages) {
                error("page " + p.getIndex() + " is out of bounds: '" + target.getName() + "' has " + pages + " page(s)", p,
                        Literals.PAGE_REF__INDEX, IssueCodes.OUT_OF_BOUNDS);
            }
        }
    }

    /** The pages a mapping has, or a handle holds (the length of the range it took); unknown sizes bound nothing. */
    private static long pages(Assignment a) {
        return switch (a.getValue()) {
        case MmapAnon m -> pages(m.getSize(), a);
        case MmapFile m -> pages(m.getSize(), a);
        case GupOp g -> g.getRange() != null && g.getRange().getTarget() instanceof Assignment m && !m.eIsProxy() && m != a
                ? length(g.getRange(), pages(m)) : Long.MAX_VALUE;
        case null, default -> Long.MAX_VALUE;
        };
    }

    /** A mapping's length in pages; a size the validator rejects at its number bounds nothing (no second error). */
    private static long pages(Size size, EObject in) {
        if (size == null || !Syntax.converted(size)) {
            return Long.MAX_VALUE;
        }
        try {
            return Syntax.pages(size, Syntax.pageSize(EcoreUtil2.getContainerOfType(in, Scenario.class)));
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The pages a range covers: all of them, or {@code [i]} / {@code [i..j]}. */
    private static long length(RangeRef r, long pages) {
        Span span = Span.of(r);
        return span == null ? pages : span.to() - span.from() + 1;
    }

    private void bounds(RangeRef r, long pages) {
        Span span = Span.of(r);
        if (span == null) {
            return; // the whole range, or a number too large: already a syntax error at the number
        }
        if (span.from() > span.to()) {
            error("empty range [" + span.from() + ".." + span.to() + "]", r, Literals.RANGE_REF__TO, IssueCodes.OUT_OF_BOUNDS);
        } else if (span.to() >= pages) {
            error("page " + span.to() + " is out of bounds: '" + r.getTarget().getName() + "' has " + pages + " page(s)", r,
                    span.toWritten() ? Literals.RANGE_REF__TO : Literals.RANGE_REF__FROM, IssueCodes.OUT_OF_BOUNDS);
        }
    }

    /** The pages {@code [from]} or {@code [from..to]} a range names. */
    private record Span(long from, long to, boolean toWritten) {
        /** Null for the whole mapping, or when a number could not be read (a syntax error there already). */
        static Span of(RangeRef r) {
            if (Syntax.state(r, Literals.RANGE_REF__FROM) != Syntax.Written.READ) {
                return null;
            }
            Syntax.Written to = Syntax.state(r, Literals.RANGE_REF__TO);
            if (to == Syntax.Written.UNREADABLE) {
                return null;
            }
            boolean toWritten = to == Syntax.Written.READ;
            return new Span(r.getFrom(), toWritten ? r.getTo() : r.getFrom(), toWritten);
        }
    }

    private static boolean isDeviceOp(Operation op) {
        return op instanceof DmaMapOp || op instanceof DmaUnmapOp || op instanceof DmaWriteOp || op instanceof DmaReadOp;
    }

    private static boolean isKernelOp(Operation op) {
        return op instanceof ReclaimOp || op instanceof MigrateOp || op instanceof CompactOp || op instanceof OfflineOp;
    }
}
