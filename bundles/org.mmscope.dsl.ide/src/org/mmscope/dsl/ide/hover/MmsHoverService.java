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
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Hover on an operation keyword: what it does and which kernel function stands for it, per era. */
public class MmsHoverService extends HoverService {
    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        int offset = document.getOffSet(params.getPosition());
        if (resource.getParseResult() != null) {
            ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
            if (leaf != null && !leaf.isHidden()) {
                String doc = OperationDocs.of(leaf.getText());
                if (doc != null) {
                    Position start = document.getPosition(leaf.getOffset());
                    Position end = document.getPosition(leaf.getEndOffset());
                    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, doc), new Range(start, end));
                }
            }
        }
        return super.hover(document, resource, params, cancelIndicator);
    }
}
