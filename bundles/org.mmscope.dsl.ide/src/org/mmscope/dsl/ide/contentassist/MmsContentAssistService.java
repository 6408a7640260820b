package org.mmscope.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Singleton;

/**
 * Completion over LSP without rescanning the file per proposal. Xtext turns every proposal into a text edit from the
 * start of its prefix to the caret, and finds the prefix's line and column by counting lines from the start of the
 * document: on a 10,000-line file, with a few hundred names in scope, that was more than half of a completion
 * request. A prefix is the part of a name or keyword before the caret, so it lies on the caret's line: the document
 * given to Xtext answers positions on that line from the caret's own position (and everything else as before).
 */
@Singleton
public class MmsContentAssistService extends ContentAssistService {
    @Override
    public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
            CancelIndicator cancelIndicator) {
        Position caret = params.getPosition();
        return super.createCompletionList(new CaretLineDocument(document, document.getOffSet(caret), caret), resource, params,
                cancelIndicator);
    }

    /** A document that knows where the caret's line starts, so offsets between there and the caret cost nothing. */
    static final class CaretLineDocument extends Document {
        private final int caretOffset;
        private final int lineStart;
        private final Position caret;

        CaretLineDocument(Document document, int caretOffset, Position caret) {
            super(document.getVersion(), document.getContents(), document.isPrintSourceOnError());
            this.caretOffset = caretOffset;
            this.lineStart = caretOffset - caret.getCharacter();
            this.caret = caret;
        }

        @Override
        public Position getPosition(int offset) {
            if (offset >= lineStart && offset <= caretOffset) {
                return new Position(caret.getLine(), offset - lineStart);
            }
            return super.getPosition(offset);
        }

        @Override
        public int getOffSet(Position position) {
            return position.equals(caret) ? caretOffset : super.getOffSet(position);
        }
    }
}
