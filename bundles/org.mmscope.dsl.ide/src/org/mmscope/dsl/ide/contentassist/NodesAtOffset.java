package org.mmscope.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.CompletionPrefixProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The nodes content assist starts from, found without walking the file up to the caret. Xtext's {@link LeafNodeFinder}
 * iterates every leaf from the start of the file and {@link CompletionPrefixProvider} asks every top-level node after
 * the caret for its offset; on a 10,000-line scenario that was most of a completion request. Both answers depend only
 * on the few nodes around the caret: the top-level nodes are in text order, so the one to start from is found by
 * bisection and the search continues exactly as Xtext's does from there (same result, {@code NodesAtOffsetTest}).
 */
final class NodesAtOffset {
    private final ICompositeNode root;
    private final List<INode> top;

    /** The searches in the node model under {@code root} (its top-level nodes listed once). */
    NodesAtOffset(ICompositeNode root) {
        this.root = root;
        this.top = children(root);
    }

    /** Whether this searches the node model under {@code node}'s root. */
    boolean covers(INode node) {
        return node.getRootNode() == root;
    }

    /** What {@code new LeafNodeFinder(offset, leading).searchIn(root)} answers. */
    ILeafNode leaf(int offset, boolean leading) {
        // leaves of the top-level nodes that end before the offset can match neither search: skip those nodes
        int first = firstEndingAtOrAfter(top, offset);
        if (first == top.size() || !matches(root, offset, leading)) {
            return new LeafNodeFinder(offset, leading).searchIn(root); // nothing to skip to: Xtext's own walk
        }
        ILeafNode result = null;
        boolean found = false;
        for (int i = first; i < top.size(); i++) {
            for (ILeafNode leaf : top.get(i).getLeafNodes()) {
                if (matches(leaf, offset, leading)) {
                    result = leaf;
                    found = true;
                } else if (found) {
                    return result;
                } else {
                    result = leaf;
                }
            }
        }
        return result != null ? result : new LeafNodeFinder(offset, leading).searchIn(root);
    }

    /** What {@link CompletionPrefixProvider#getLastCompleteNodeByOffset} answers for the root node. */
    INode lastCompleteNode(int offset) {
        return lastCompleteNode(root, top, lastStartingBefore(top, offset), offset);
    }

    // CompletionPrefixProvider.internalGetLastCompleteNodeByOffset (Xtext 2.42), from child {@code from} backwards
    private static INode lastCompleteNode(ICompositeNode node, List<INode> children, int from, int offset) {
        for (int i = from; i >= 0; i--) {
            INode child = children.get(i);
            if (child.getOffset() < offset) {
                if (child instanceof ICompositeNode composite) {
                    List<INode> grandChildren = children(composite);
                    return lastCompleteNode(composite, grandChildren, grandChildren.size() - 1, offset);
                } else if (child.getGrammarElement() == null || child.getGrammarElement() instanceof AbstractElement
                        || child.getGrammarElement() instanceof ParserRule) {
                    return child;
                }
            }
        }
        return node;
    }

    // LeafNodeFinder.matchesSearchCriteria (Xtext 2.42)
    private static boolean matches(INode node, int offset, boolean leading) {
        int start = node.getTotalOffset();
        int end = node.getTotalEndOffset();
        if (leading ? start < offset && end >= offset : start <= offset && end > offset) {
            return true;
        }
        return start == offset && node.getTotalLength() == 0;
    }

    private static List<INode> children(ICompositeNode node) {
        List<INode> children = new ArrayList<>();
        node.getChildren().forEach(children::add);
        return children;
    }

    /** The first of the nodes (in text order) whose total end is at or after {@code offset}, or their number. */
    private static int firstEndingAtOrAfter(List<INode> nodes, int offset) {
        return Statements.partitionPoint(nodes, n -> n.getTotalEndOffset() < offset);
    }

    /** The last of the nodes (in text order) whose offset is before {@code offset}, or -1. */
    private static int lastStartingBefore(List<INode> nodes, int offset) {
        return Statements.partitionPoint(nodes, n -> n.getOffset() < offset) - 1;
    }
}
