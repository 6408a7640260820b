package org.mmscope.dsl.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.mmscope.dsl.ide.rename.RenameTargets;
import org.mmscope.dsl.ide.symbols.MmsDocumentSymbols;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.DeviceDecl;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.Named;
import org.mmscope.dsl.mms.ProcessDecl;

import com.google.inject.Inject;

/**
 * Hover on an operation keyword: what it does and which kernel function stands for it, per era. Hover on a name
 * (a declaration or a use): what it denotes as resolved (MmsScopeProvider) and the line that made it.
 */
public class MmsHoverService extends HoverService {
    @Inject
    private RenameTargets names;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        int offset = document.getOffSet(params.getPosition());
        if (resource.getParseResult() != null) {
            ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
            if (leaf != null && !leaf.isHidden()) {
                String doc = OperationDocs.of(leaf.getText());
                if (doc != null) {
                    return hover(document, leaf, doc);
                }
            }
            INode name = names.nameNodeAt(resource, offset);
            Named target = name == null ? null : names.at(resource, offset);
            if (target != null) {
                return hover(document, name, describe(target, document));
            }
        }
        return super.hover(document, resource, params, cancelIndicator);
    }

    private static Hover hover(Document document, INode node, String markdown) {
        Position start = document.getPosition(node.getOffset());
        Position end = document.getPosition(node.getEndOffset());
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), new Range(start, end));
    }

    /** "mapping `buf` — `parent: mmap anon 2 pages read write` (line 5)". */
    static String describe(Named n, Document document) {
        String kind = switch (n) {
        case ProcessDecl p -> "process";
        case DeviceDecl d -> "device";
        case Assignment a when a.getValue() instanceof ForkOp -> "process (forked child)";
        case Assignment a when a.getValue() instanceof GupOp -> "pin handle";
        default -> "mapping";
        };
        INode node = NodeModelUtils.getNode(n);
        // the document's line, not INode.getStartLine(), which rebuilds the whole text from the node model
        String line = node == null ? "" : " (line " + (document.getPosition(node.getOffset()).getLine() + 1) + ")";
        return kind + " `" + n.getName() + "` — `" + new MmsDocumentSymbols.Details().getDetails(n) + "`" + line;
    }
}
