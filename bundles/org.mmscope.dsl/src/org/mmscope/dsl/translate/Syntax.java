package org.mmscope.dsl.translate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mmscope.dsl.mms.MachineDecl;
import org.mmscope.dsl.mms.MachineSetting;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.PageSetting;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Size;
import org.mmscope.dsl.mms.Unit;

/** Small questions about the parsed text that the AST alone cannot answer (was an optional number written?). */
public final class Syntax {
    private Syntax() {
    }

    /** Whether the feature was written in the file (an index of 0 is indistinguishable from "absent" otherwise). */
    public static boolean written(EObject o, EStructuralFeature f) {
        return !NodeModelUtils.findNodesForFeature(o, f).isEmpty();
    }

    public static int line(EObject o) {
        INode n = NodeModelUtils.getNode(o);
        return n == null ? 0 : n.getStartLine();
    }

    /** The 1-based column of the node's first token (as validation issues count columns), 1 when unknown. */
    public static int column(EObject o) {
        INode n = NodeModelUtils.getNode(o);
        return n == null ? 1 : NodeModelUtils.getLineAndColumn(n, n.getOffset()).getColumn();
    }

    public static int endLine(EObject o) {
        INode n = NodeModelUtils.getNode(o);
        return n == null ? 0 : n.getEndLine();
    }

    public static String text(EObject o) {
        INode n = NodeModelUtils.getNode(o);
        return n == null ? "" : NodeModelUtils.getTokenText(n);
    }

    /** The base page sizes Linux offers (x86-64: 4 KiB; arm64: CONFIG_ARM64_4K/16K/64K_PAGES), the ones mmscope models. */
    public static final List<Long> PAGE_SIZES = List.of(4096L, 16384L, 65536L);

    /**
     * The page size the machine declares (4 KiB unless {@code page SIZE}); a size that is not one of {@link #PAGE_SIZES}
     * counts as 4 KiB here, the validator reports it at its number.
     */
    public static long pageSize(Scenario s) {
        MachineDecl m = s.getMachine();
        if (m != null) {
            for (MachineSetting st : m.getSettings()) {
                if (st instanceof PageSetting p && p.getSize() != null && p.getSize().getUnit() != Unit.PAGE
                        && p.getSize().getUnit() != Unit.PAGES && converted(p.getSize())) {
                    try {
                        long bytes = bytes(p.getSize(), 4096);
                        return PAGE_SIZES.contains(bytes) ? bytes : 4096;
                    } catch (ArithmeticException e) {
                        return 4096;
                    }
                }
            }
        }
        return 4096;
    }

    /** Whether the number of a size was read (a number too large for 64 bits is a syntax error and reads as 0). */
    public static boolean converted(Size s) {
        return converted(s, MmsPackage.Literals.SIZE__VALUE);
    }

    /** Whether the feature was written and its value converted without a syntax error (e.g. "number too large"). */
    public static boolean converted(EObject o, EStructuralFeature f) {
        return state(o, f) == Written.READ;
    }

    /** What the text says of a feature: nothing, something the parser could not read (a syntax error), a value. */
    public enum Written {
        ABSENT, UNREADABLE, READ
    }

    /** {@link #written} and {@link #converted} in one look at the feature's nodes. */
    public static Written state(EObject o, EStructuralFeature f) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(o, f);
        if (nodes.isEmpty()) {
            return Written.ABSENT;
        }
        for (INode n : nodes) {
            for (INode x : n.getAsTreeIterable()) {
                if (x.getSyntaxErrorMessage() != null) {
                    return Written.UNREADABLE;
                }
            }
        }
        return Written.READ;
    }

    /**
     * A size in bytes; {@code page}/{@code pages} count pages of {@code pageSize}.
     *
     * @throws ArithmeticException when it does not fit in 64 bits (the validator reports that at the number)
     */
    public static long bytes(Size s, long pageSize) {
        long unit = switch (s.getUnit()) {
        case B -> 1;
        case KIB -> 1L << 10;
        case MIB -> 1L << 20;
        case GIB -> 1L << 30;
        case PAGE, PAGES -> pageSize;
        };
        return Math.multiplyExact(s.getValue(), unit);
    }

    /** A size in pages, rounded up as mmap rounds a length up to whole pages (PAGE_ALIGN without its overflow). */
    public static long pages(Size s, long pageSize) {
        return Math.ceilDiv(bytes(s, pageSize), pageSize);
    }

}
