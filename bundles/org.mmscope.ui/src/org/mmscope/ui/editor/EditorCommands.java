package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The editor's text operations that do not need the workbench: toggle comment, applying formatter edits, and the
 * conversions between document offsets and the language server's positions and ranges.
 */
public final class EditorCommands {
    public static final String COMMENT = "//";

    private EditorCommands() {
    }

    /**
     * Comments the selected lines with {@code // } or, when every non-blank one is commented already, removes
     * the comment markers; one document change (one undo step).
     */
    public static void toggleComment(IDocument doc, ITextSelection sel) throws BadLocationException {
        int first = sel.getStartLine();
        int last = sel.getEndLine();
        if (last > first && sel.getOffset() + sel.getLength() == doc.getLineOffset(last)) {
            last--; // a selection ending at the start of a line does not take that line
        }
        List<String> lines = new ArrayList<>();
        boolean allCommented = true;
        for (int l = first; l <= last; l++) {
            IRegion r = doc.getLineInformation(l);
            String text = doc.get(r.getOffset(), r.getLength());
            lines.add(text);
            if (!text.isBlank() && !text.stripLeading().startsWith(COMMENT)) {
                allCommented = false;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (allCommented) {
                int at = text.indexOf(COMMENT);
                if (at >= 0) {
                    int end = at + COMMENT.length();
                    text = text.substring(0, at) + text.substring(end < text.length() && text.charAt(end) == ' ' ? end + 1 : end);
                }
            } else if (!text.isBlank()) {
                text = COMMENT + " " + text;
            }
            out.append(text);
            if (i < lines.size() - 1) {
                out.append(doc.getLineDelimiter(first + i));
            }
        }
        IRegion a = doc.getLineInformation(first);
        IRegion b = doc.getLineInformation(last);
        doc.replace(a.getOffset(), b.getOffset() + b.getLength() - a.getOffset(), out.toString());
    }

    /** Applies LSP edits to the document, last first, so earlier offsets stay valid. */
    public static void apply(IDocument doc, List<TextEdit> edits) throws BadLocationException {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        for (TextEdit e : sorted) {
            int start = offset(doc, e.getRange().getStart());
            int end = offset(doc, e.getRange().getEnd());
            doc.replace(start, end - start, e.getNewText());
        }
    }

    /** The LSP position (line, character) of a document offset. */
    static Position position(IDocument doc, int offset) throws BadLocationException {
        int line = doc.getLineOfOffset(offset);
        return new Position(line, offset - doc.getLineOffset(line));
    }

    /** Selects and reveals an LSP range of the editor's document. */
    static void select(ITextEditor editor, IDocument doc, Range r) throws BadLocationException {
        int start = offset(doc, r.getStart());
        editor.selectAndReveal(start, offset(doc, r.getEnd()) - start);
    }

    /** The document offset of an LSP position, clamped to the text. */
    static int offset(IDocument doc, Position p) throws BadLocationException {
        if (p.getLine() >= doc.getNumberOfLines()) {
            return doc.getLength();
        }
        IRegion line = doc.getLineInformation(p.getLine());
        return line.getOffset() + Math.min(p.getCharacter(), line.getLength());
    }
}
