package org.mmscope.dsl.translate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mmscope.dsl.mms.MachineDecl;
import org.mmscope.dsl.mms.MachineSetting;
import org.mmscope.dsl.mms.PageSetting;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Size;

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

    public static int endLine(EObject o) {
        INode n = NodeModelUtils.getNode(o);
        return n == null ? 0 : n.getEndLine();
    }

    public static String text(EObject o) {
        INode n = NodeModelUtils.getNode(o);
        return n == null ? "" : NodeModelUtils.getTokenText(n);
    }

    /** The page size the machine declares (4 KiB unless {@code page SIZE}). */
    public static long pageSize(Scenario s) {
        MachineDecl m = s.getMachine();
        if (m != null) {
            for (MachineSetting st : m.getSettings()) {
                if (st instanceof PageSetting p && p.getSize().getUnit() != org.mmscope.dsl.mms.Unit.PAGE
                        && p.getSize().getUnit() != org.mmscope.dsl.mms.Unit.PAGES) {
                    return bytes(p.getSize(), 4096);
                }
            }
        }
        return 4096;
    }

    /** A size in bytes; {@code page}/{@code pages} count pages of {@code pageSize}. */
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

    /** A size in pages, rounded up as mmap rounds a length up to whole pages. */
    public static long pages(Size s, long pageSize) {
        long b = bytes(s, pageSize);
        return (b + pageSize - 1) / pageSize;
    }

}
