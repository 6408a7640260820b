package org.mmscope.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where an offset falls among a scenario's statements, by bisection: they are in file order. */
final class Statements {
    private Statements() {
    }

    /** The index of the last of {@code statements} whose text starts before {@code offset}, or -1. */
    static int lastStartingBefore(List<? extends EObject> statements, int offset) {
        int lo = 0;
        int hi = statements.size(); // statements[0, lo) start before the offset, statements[hi, size) do not
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startsBefore(statements.get(mid), offset)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    static boolean startsBefore(EObject element, int offset) {
        INode node = NodeModelUtils.getNode(element);
        return node != null && node.getOffset() < offset;
    }
}
