package org.mmscope.dsl.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.mmscope.dsl.mms.Advice;
import org.mmscope.dsl.mms.BlockSetting;
import org.mmscope.dsl.mms.ExpectError;
import org.mmscope.dsl.mms.ExpectHazard;
import org.mmscope.dsl.mms.ExpectPage;
import org.mmscope.dsl.mms.Expectation;
import org.mmscope.dsl.mms.GupCall;
import org.mmscope.dsl.mms.GupFlag;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.KernelDecl;
import org.mmscope.dsl.mms.MachineDecl;
import org.mmscope.dsl.mms.MachineSetting;
import org.mmscope.dsl.mms.MadviseOp;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.PageState;
import org.mmscope.dsl.mms.RamSetting;
import org.mmscope.dsl.mms.ReleaseCall;
import org.mmscope.dsl.mms.ReleaseOp;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.SwapSetting;
import org.mmscope.dsl.mms.ZoneSetting;
import org.mmscope.dsl.translate.Syntax;
import org.mmscope.engine.era.EraFeatures;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.trace.HazardKind;

/**
 * Validation of scenario files: eras, calls an era does not have, machine sizes, and (through
 * {@link NameChecker}) every name used before it exists, duplicated, out of bounds or used by the wrong actor.
 * What an era has comes from the engine's {@link EraFeatures}: the validator never re-derives kernel rules.
 */
public class MmsValidator extends AbstractMmsValidator {
    public static final Set<String> HAZARDS = Set.copyOf(HazardKind.ids());

    @Check
    public void checkErasAreKnown(KernelDecl k) {
        for (int i = 0; i < k.getEras().size(); i++) {
            String era = k.getEras().get(i);
            if (Eras.byName(era).isEmpty()) {
                error("unknown kernel era '" + era + "' (known: " + String.join(", ", Eras.names()) + ")", k,
                        MmsPackage.Literals.KERNEL_DECL__ERAS, i, IssueCodes.UNKNOWN_ERA, era);
            }
        }
    }

    @Check
    public void checkExpectationErasAreRun(Expectation e) {
        List<String> run = erasOf(EcoreUtil2.getContainerOfType(e, Scenario.class));
        for (int i = 0; i < e.getEras().size(); i++) {
            String era = e.getEras().get(i);
            if (!run.contains(era)) {
                error("'" + era + "' is not one of the eras this scenario runs (" + String.join(", ", run) + ")", e,
                        MmsPackage.Literals.EXPECTATION__ERAS, i, IssueCodes.UNKNOWN_ERA, era);
            }
        }
    }

    @Check
    public void checkMachineSizes(MachineDecl m) {
        Scenario s = EcoreUtil2.getContainerOfType(m, Scenario.class);
        long page = Syntax.pageSize(s);
        if (page < 4096 || Long.bitCount(page) != 1) {
            error("page size must be a power of two of at least 4 KiB", m, MmsPackage.Literals.MACHINE_DECL__SETTINGS, 0, IssueCodes.BAD_SIZE);
            return;
        }
        long ram = 64L << 20;
        long zones = 0;
        boolean anyZone = false;
        for (MachineSetting st : m.getSettings()) {
            if (st instanceof RamSetting r) {
                ram = Syntax.bytes(r.getSize(), page);
            }
        }
        for (MachineSetting st : m.getSettings()) {
            long bytes = sizeOf(st, page);
            if (bytes % page != 0) {
                error("size is not a whole number of " + page + "-byte pages", st, null, IssueCodes.BAD_SIZE);
            }
            if (st instanceof RamSetting && bytes <= 0) {
                error("ram must not be empty", st, null, IssueCodes.BAD_SIZE);
            }
            if (st instanceof ZoneSetting) {
                zones += bytes;
                anyZone = true;
            }
            if (st instanceof BlockSetting && (bytes <= 0 || bytes > ram)) {
                error("a memory block must hold at least one page and fit in ram", st, null, IssueCodes.BAD_SIZE);
            }
        }
        if (anyZone && zones != ram) {
            error("the zones add up to " + zones + " bytes but ram is " + ram + " bytes", m, MmsPackage.Literals.MACHINE_DECL__SETTINGS,
                    0, IssueCodes.BAD_SIZE);
        }
    }

    private static long sizeOf(MachineSetting st, long page) {
        return switch (st) {
        case RamSetting r -> Syntax.bytes(r.getSize(), page);
        case SwapSetting r -> Syntax.bytes(r.getSize(), page);
        case ZoneSetting r -> Syntax.bytes(r.getSize(), page);
        case BlockSetting r -> Syntax.bytes(r.getSize(), page);
        default -> page;
        };
    }

    @Check
    public void checkGupCallExistsInEras(GupOp g) {
        for (KernelEra era : eraObjects(g)) {
            EraFeatures f = era.features();
            if (g.getCall() == GupCall.PIN_USER_PAGES && !f.follPin()) {
                error("pin_user_pages does not exist in " + era.name() + " (FOLL_PIN came with 5.6); use 'pin' to compare eras",
                        g, MmsPackage.Literals.GUP_OP__CALL, IssueCodes.MISSING_IN_ERA, era.name());
            }
            if (g.getFlags().contains(GupFlag.LONGTERM) && !f.follLongterm()) {
                warning("'longterm' has no effect in " + era.name() + " (FOLL_LONGTERM came with 5.2)", g,
                        MmsPackage.Literals.GUP_OP__FLAGS, g.getFlags().indexOf(GupFlag.LONGTERM), IssueCodes.LONGTERM_IGNORED, era.name());
            }
            if (g.getCall() == GupCall.GET_USER_PAGES && g.getFlags().contains(GupFlag.LONGTERM) && f.longtermNeedsPin()) {
                // the kernel's WARN_ON_ONCE in is_valid_gup_flags / is_valid_gup_args: the step fails with EINVAL
                warning("get_user_pages with 'longterm' fails with EINVAL in " + era.name()
                        + " (FOLL_LONGTERM needs FOLL_PIN: use pin_user_pages or pin)", g, MmsPackage.Literals.GUP_OP__FLAGS,
                        g.getFlags().indexOf(GupFlag.LONGTERM), IssueCodes.LONGTERM_NEEDS_PIN, era.name());
            }
        }
    }

    @Check
    public void checkReleaseCallExistsInEras(ReleaseOp r) {
        for (KernelEra era : eraObjects(r)) {
            if (r.getCall() == ReleaseCall.UNPIN_USER_PAGES && !era.features().follPin()) {
                error("unpin_user_pages does not exist in " + era.name() + " (FOLL_PIN came with 5.6)", r,
                        MmsPackage.Literals.RELEASE_OP__CALL, IssueCodes.MISSING_IN_ERA, era.name());
            }
        }
    }

    @Check
    public void checkAdviceExistsInEras(MadviseOp m) {
        for (KernelEra era : eraObjects(m)) {
            if (m.getAdvice() == Advice.WIPEONFORK && !era.features().wipeOnFork()) {
                error("MADV_WIPEONFORK does not exist in " + era.name() + " (it came with 4.14)", m,
                        MmsPackage.Literals.MADVISE_OP__ADVICE, IssueCodes.MISSING_IN_ERA, era.name());
            }
            if (m.getAdvice() == Advice.PAGEOUT && !era.features().madvPageout()) {
                error("MADV_PAGEOUT does not exist in " + era.name() + " (it came with 5.4)", m,
                        MmsPackage.Literals.MADVISE_OP__ADVICE, IssueCodes.MISSING_IN_ERA, era.name());
            }
        }
    }

    @Check
    public void checkErrnoIsKnown(ExpectError e) {
        try {
            Errno.valueOf(e.getErrno());
        } catch (IllegalArgumentException ex) {
            error("unknown error name '" + e.getErrno() + "'", e, MmsPackage.Literals.EXPECT_ERROR__ERRNO, IssueCodes.UNKNOWN_ERRNO);
        }
    }

    @Check
    public void checkHazardIsKnown(ExpectHazard h) {
        if (!HAZARDS.contains(h.getKind())) {
            error("unknown hazard '" + h.getKind() + "' (known: " + String.join(", ", HazardKind.ids()) + ")", h,
                    MmsPackage.Literals.EXPECT_HAZARD__KIND, IssueCodes.UNKNOWN_HAZARD);
        }
    }

    @Check
    public void checkNegationMakesSense(ExpectPage p) {
        if (p.isNegated() && !p.isSame() && p.getState() != PageState.PINNED && p.getState() != PageState.MOVED) {
            error("'not' goes with pinned, moved or same frame as", p, MmsPackage.Literals.EXPECT_PAGE__NEGATED, IssueCodes.BAD_NEGATION);
        }
    }

    @Check
    public void checkNames(Scenario s) {
        new NameChecker(this::reportName).check(s);
    }

    private void reportName(NameChecker.Problem p) {
        if (p.index() >= 0) {
            error(p.message(), p.object(), p.feature(), p.index(), p.code());
        } else {
            error(p.message(), p.object(), p.feature(), p.code());
        }
    }

    static List<String> erasOf(Scenario s) {
        return s == null || s.getKernel() == null ? List.of(Eras.DEFAULT) : s.getKernel().getEras();
    }

    private static List<KernelEra> eraObjects(org.eclipse.emf.ecore.EObject o) {
        return erasOf(EcoreUtil2.getContainerOfType(o, Scenario.class)).stream().map(Eras::byName)
                .flatMap(java.util.Optional::stream).toList();
    }
}
