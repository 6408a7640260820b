package org.mmscope.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.mmscope.dsl.mms.Advice;
import org.mmscope.dsl.mms.DmaWriteOp;
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
import org.mmscope.dsl.mms.MmapAnon;
import org.mmscope.dsl.mms.MmapFile;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.PageSetting;
import org.mmscope.dsl.mms.PageState;
import org.mmscope.dsl.mms.RamSetting;
import org.mmscope.dsl.mms.ReleaseCall;
import org.mmscope.dsl.mms.ReleaseOp;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Size;
import org.mmscope.dsl.mms.SwapSetting;
import org.mmscope.dsl.mms.Unit;
import org.mmscope.dsl.mms.WriteOp;
import org.mmscope.dsl.mms.ZoneSetting;
import org.mmscope.dsl.translate.Syntax;
import org.mmscope.engine.era.EraFeatures;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.trace.HazardKind;

/**
 * Validation of scenario files: eras, calls an era does not have, machine sizes, and (through
 * {@link NamingValidator}, over the one resolution of names) duplicates, pages out of bounds and operations given
 * to the wrong actor; a name used before it exists is a linking error (MmsLinkingDiagnosticMessages).
 * What an era has comes from the engine's {@link EraFeatures}: the validator never re-derives kernel rules.
 */
@ComposedChecks(validators = NamingValidator.class)
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

    /** The largest machine (ram, swap, a zone, a memory block) mmscope models: 1 PiB, 2^38 frames of 4 KiB. */
    public static final long MAX_MACHINE_BYTES = 1L << 50;
    /** The largest mapping: the 47-bit user address space of x86-64 (TASK_SIZE with 4-level page tables), 128 TiB. */
    public static final long MAX_MAPPING_BYTES = 1L << 47;

    /** Every size at its number: the page sizes the kernel has, and what a machine or a mapping can hold. */
    @Check
    public void checkSize(Size size) {
        if (!Syntax.converted(size)) {
            return; // a number too large for 64 bits: already a syntax error at the number
        }
        String written = size.getValue() + " " + size.getUnit().getLiteral();
        EObject owner = size.eContainer();
        if (owner instanceof PageSetting) {
            if (size.getUnit() == Unit.PAGE || size.getUnit() == Unit.PAGES) {
                error("page size must be given in bytes units (B, KiB, MiB, GiB), e.g. page 64 KiB", size, MmsPackage.Literals.SIZE__VALUE,
                        IssueCodes.BAD_SIZE);
            } else if (bytesOrNull(size, 4096) == null || !Syntax.PAGE_SIZES.contains(bytesOrNull(size, 4096))) {
                error("page size must be 4 KiB, 16 KiB or 64 KiB (the base page sizes Linux has, e.g. arm64's CONFIG_ARM64_4K/16K/64K_PAGES, "
                        + "and the ones mmscope models), not " + written, size, MmsPackage.Literals.SIZE__VALUE, IssueCodes.BAD_SIZE);
            }
            return;
        }
        Long bytes = bytesOrNull(size, Syntax.pageSize(EcoreUtil2.getContainerOfType(size, Scenario.class)));
        String found = bytes == null ? written + " does not even fit in 64 bits" : written + " is " + bytes + " bytes";
        if (owner instanceof MachineSetting && (bytes == null || bytes > MAX_MACHINE_BYTES)) {
            String what = switch (owner) {
            case RamSetting r -> "ram";
            case SwapSetting r -> "swap";
            case ZoneSetting r -> "a zone";
            default -> "a memory block";
            };
            error(what + " must be at most 1 PiB, the largest machine mmscope models (" + found + ")", size,
                    MmsPackage.Literals.SIZE__VALUE,
                    IssueCodes.BAD_SIZE);
        } else if ((owner instanceof MmapAnon || owner instanceof MmapFile) && (bytes == null || bytes > MAX_MAPPING_BYTES)) {
            error("a mapping must fit in the 47-bit user address space: at most 128 TiB (" + found + ")", size,
                    MmsPackage.Literals.SIZE__VALUE,
                    IssueCodes.BAD_SIZE);
        }
    }

    /** The size in bytes, or null when it does not fit in 64 bits. */
    private static Long bytesOrNull(Size size, long page) {
        try {
            return Syntax.bytes(size, page);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Check
    public void checkMachineSizes(MachineDecl m) {
        Scenario s = EcoreUtil2.getContainerOfType(m, Scenario.class);
        long page = Syntax.pageSize(s);
        for (MachineSetting st : m.getSettings()) {
            Long bytes = st.getSize() == null || !Syntax.converted(st.getSize()) ? null : bytesOrNull(st.getSize(), page);
            if (bytes == null || bytes > MAX_MACHINE_BYTES || st instanceof PageSetting && !Syntax.PAGE_SIZES.contains(bytes)) {
                return; // checkSize reported it at its number; sums of sizes that are not known say nothing more
            }
        }
        long ram = 64L << 20;
        long zones = 0;
        boolean zonesOverflow = false;
        boolean anyZone = false;
        for (MachineSetting st : m.getSettings()) {
            if (st instanceof RamSetting r) {
                ram = Syntax.bytes(r.getSize(), page);
            }
        }
        for (MachineSetting st : m.getSettings()) {
            long bytes = Syntax.bytes(st.getSize(), page);
            if (bytes % page != 0) {
                error("size is not a whole number of " + page + "-byte pages", st, null, IssueCodes.BAD_SIZE);
            }
            if (st instanceof RamSetting && bytes <= 0) {
                error("ram must not be empty", st, null, IssueCodes.BAD_SIZE);
            }
            if (st instanceof ZoneSetting) {
                try {
                    zones = Math.addExact(zones, bytes);
                } catch (ArithmeticException e) {
                    zonesOverflow = true; // more than 8192 zones of 1 PiB
                }
                anyZone = true;
            }
            if (st instanceof BlockSetting && (bytes <= 0 || bytes > ram)) {
                error("a memory block must hold at least one page and fit in ram", st, null, IssueCodes.BAD_SIZE);
            }
        }
        if (anyZone && (zonesOverflow || zones != ram)) {
            error("the zones add up to " + (zonesOverflow ? "more than 2^63" : String.valueOf(zones)) + " bytes but ram is " + ram
                    + " bytes", m,
                    MmsPackage.Literals.MACHINE_DECL__SETTINGS, 0, IssueCodes.BAD_SIZE);
        }
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
    public void checkWriteFitsInAPage(WriteOp w) {
        checkFitsInAPage(w, w.getText(), MmsPackage.Literals.WRITE_OP__TEXT);
    }

    @Check
    public void checkDmaWriteFitsInAPage(DmaWriteOp w) {
        checkFitsInAPage(w, w.getText(), MmsPackage.Literals.DMA_WRITE_OP__TEXT);
    }

    /** A store at the start of a page does not reach the next one: a text and its zero byte longer than a page are cut. */
    private void checkFitsInAPage(EObject op, String text, org.eclipse.emf.ecore.EAttribute feature) {
        if (text == null) {
            return;
        }
        long page = Syntax.pageSize(EcoreUtil2.getContainerOfType(op, Scenario.class));
        int bytes = Contents.bytes(text).length;
        if (bytes + 1 > page) {
            warning("the text is " + bytes + " bytes and a page holds " + page
                    + ": with its zero byte it does not fit, so the store is cut at "
                    + "the end of each page (a read returns the first " + page + " bytes)", op, feature,
                    IssueCodes.TEXT_LONGER_THAN_A_PAGE);
        }
    }

    @Check
    public void checkNegationMakesSense(ExpectPage p) {
        if (p.isNegated() && !p.isSame() && p.getState() != PageState.PINNED && p.getState() != PageState.MOVED) {
            error("'not' goes with pinned, moved or same frame as", p, MmsPackage.Literals.EXPECT_PAGE__NEGATED, IssueCodes.BAD_NEGATION);
        }
    }

    static List<String> erasOf(Scenario s) {
        return s == null || s.getKernel() == null ? List.of(Eras.DEFAULT) : s.getKernel().getEras();
    }

    /** The eras the statement runs in: those the file names, or those chosen outside it ({@link EraOverride}). */
    private static List<KernelEra> eraObjects(EObject o) {
        List<String> chosen = EraOverride.of(o.eResource());
        return (chosen != null ? chosen : erasOf(EcoreUtil2.getContainerOfType(o, Scenario.class))).stream().map(Eras::byName)
                .flatMap(Optional::stream).toList();
    }
}
