package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * The names a debugger value hover asks for at an offset, most specific first: the word under the mouse with the
 * qualifier before it and an index after it ({@code parent.buf[0]}; on {@code parent} itself just {@code parent}),
 * and for a bare name in a statement of an actor ({@code parent: write buf "new"}) that actor's one first
 * ({@code parent.buf}, then {@code buf}), as the scenario language resolves a mapping name in the actor's process.
 */
public final class HoverNames {
    private static final Pattern ACTOR = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*:");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");

    private HoverNames() {
    }

    public static List<String> at(IDocument doc, int offset) {
        try {
            int start = offset;
            int end = offset;
            while (start > 0 && isWord(doc.getChar(start - 1))) {
                start--;
            }
            while (end < doc.getLength() && isWord(doc.getChar(end))) {
                end++;
            }
            if (start == end) {
                return List.of();
            }
            String word = doc.get(start, end - start);
            IRegion line = doc.getLineInformationOfOffset(offset);
            String qualifier = qualifierBefore(doc, line.getOffset(), start);
            String rest = doc.get(end, line.getOffset() + line.getLength() - end);
            Matcher index = INDEX.matcher(rest);
            String name = (qualifier == null ? "" : qualifier + ".") + word + (index.lookingAt() ? index.group() : "");
            List<String> out = new ArrayList<>();
            Matcher actor = ACTOR.matcher(doc.get(line.getOffset(), line.getLength()));
            if (qualifier == null && actor.find() && !actor.group(1).equals(word)) {
                out.add(actor.group(1) + "." + name);
            }
            out.add(name);
            return out;
        } catch (BadLocationException e) {
            return List.of();
        }
    }

    /** The word right before {@code .} at {@code wordStart}, or null. */
    private static String qualifierBefore(IDocument doc, int lineStart, int wordStart) throws BadLocationException {
        if (wordStart - 1 <= lineStart || doc.getChar(wordStart - 1) != '.') {
            return null;
        }
        int q = wordStart - 1;
        while (q > lineStart && isWord(doc.getChar(q - 1))) {
            q--;
        }
        return q == wordStart - 1 ? null : doc.get(q, wordStart - 1 - q);
    }

    static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
