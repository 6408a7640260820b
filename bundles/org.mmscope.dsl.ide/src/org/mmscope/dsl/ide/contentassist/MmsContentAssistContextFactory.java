package org.mmscope.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Statement;

/**
 * Xtext's content-assist context factory, made independent of the caret's distance from the start of the file:
 * <ul>
 * <li>the nodes at the caret are found from the top-level node around it ({@link NodesAtOffset}), not by walking
 * every leaf before it;</li>
 * <li>the text the content-assist parser reads to compute what may follow is the scenario's header and
 * declarations, then the text from the start of the last statement that starts before the caret. The grammar is
 * {@code ... declarations+=Declaration* statements+=Statement*}: the statements before that one leave the parser in
 * the same state whatever they say, so they are left out (on 10,000 lines the parse of everything before the caret
 * was half of a completion request). That holds when the text before that statement has no syntax error: the parse
 * starts at a statement before the first syntax error, so a file with an error near its top is parsed from there as
 * before. Proposals are the same as with the whole prefix ({@code CompletionOnALargeFileTest}).</li>
 * </ul>
 */
public class MmsContentAssistContextFactory extends ContentAssistContextFactory {
    private NodesAtOffset nodes;

    @Override
    protected void initializeNodeAndModelData() {
        // ContentAssistContextFactory.initializeNodeAndModelData (Xtext 2.42), with the node searches replaced
        rootNode = parseResult.getRootNode();
        nodes = new NodesAtOffset(rootNode);
        if (parser instanceof IPartialEditingContentAssistParser partial) {
            partial.initializeFor(resource.getEntryPoint());
        }
        lastCompleteNode = nodes.leaf(completionOffset, true);
        if (lastCompleteNode == null) {
            lastCompleteNode = rootNode;
        }
        currentNode = nodes.leaf(completionOffset, false);
        if (currentNode == null) {
            currentNode = lastCompleteNode;
        }
        lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
        datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
        currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
    }

    @Override
    protected INode getLastCompleteNodeByOffset(INode node, int offsetPosition) {
        NodesAtOffset in = nodes != null && nodes.covers(node) ? nodes : new NodesAtOffset(node.getRootNode());
        return in.lastCompleteNode(offsetPosition);
    }

    @Override
    protected String getInputToParse(String document, int offset) {
        String input = super.getInputToParse(document, offset);
        if (!(parseResult.getRootASTElement() instanceof Scenario scenario) || input.length() != offset) {
            return input;
        }
        List<Statement> statements = scenario.getStatements();
        int last = Statements.lastStartingBefore(statements, Math.min(offset, firstSyntaxError()));
        if (last <= 0) {
            return input; // nothing to leave out
        }
        INode first = NodeModelUtils.getNode(statements.get(0));
        INode from = NodeModelUtils.getNode(statements.get(last));
        return input.substring(0, first.getOffset()) + input.substring(from.getOffset());
    }

    /** The offset of the file's first syntax error, or {@link Integer#MAX_VALUE} (the resource lists them at parse). */
    private int firstSyntaxError() {
        int first = Integer.MAX_VALUE;
        for (Diagnostic error : resource.getErrors()) {
            if (error instanceof XtextSyntaxDiagnostic syntax) {
                first = Math.min(first, syntax.getOffset());
            }
        }
        return first;
    }
}
