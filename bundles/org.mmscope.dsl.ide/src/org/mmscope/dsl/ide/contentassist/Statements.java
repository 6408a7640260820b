package org.mmscope.dsl.ide.contentassist;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where an offset falls among a scenario's statements, by bisection: they are in file order. */
final class Statements {
    private Statements() {
    }

    /** The index of the last of {@code statements} whose text starts before {@code offset}, or -1. */
    static int lastStartingBefore(List<? extends EObject> statements, int offset) {
        return partitionPoint(statements, st -> startsBefore(st, offset)) - 1;
    }

    /**
     * The number of leading elements for which {@code before} holds, by bisection: {@code before} holds for a prefix
     * of the list and not after it (elements in file order, asked whether they lie before a point).
     */
    static <T> int partitionPoint(List<? extends T> list, Predicate<? super T> before) {
        int lo = 0;
        int hi = list.size(); // before holds for list[0, lo) and not for list[hi, size)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before.test(list.get(mid))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean startsBefore(EObject element, int offset) {
        INode node = NodeModelUtils.getNode(element);
        return node != null && node.getOffset() < offset;
    }
}
