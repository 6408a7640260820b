package org.mmscope.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions in a text, with the conventions of Xtext's {@code Document}: lines end at '\n', a column counts
 * characters (a '\r' before the '\n' is a character of its line), the end of a line is a valid position.
 */
final class Positions {
    private Positions() {
    }

    /** The offset of {@code p} in {@code text}, or -1 when it is outside (or null). */
    static int offset(String text, Position p) {
        if (p == null || p.getLine() < 0 || p.getCharacter() < 0) {
            return -1;
        }
        int start = 0;
        for (int line = 0; line < p.getLine(); line++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return -1;
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        return p.getCharacter() <= end - start ? start + p.getCharacter() : -1;
    }

    /** The offset of the position of {@code text} nearest to {@code p}. */
    static int clampedOffset(String text, Position p) {
        if (p == null || p.getLine() < 0) {
            return 0;
        }
        int start = 0;
        for (int line = 0; line < p.getLine(); line++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return text.length();
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        return start + Math.max(0, Math.min(p.getCharacter(), end - start));
    }

    /** The position of {@code offset} (0..length) in {@code text}. */
    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int nl; (nl = text.indexOf('\n', lineStart)) >= 0 && nl < offset;) {
            line++;
            lineStart = nl + 1;
        }
        return new Position(line, offset - lineStart);
    }

    static int lineCount(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    static boolean inside(String text, Range range) {
        if (range == null) {
            return false;
        }
        int start = offset(text, range.getStart());
        int end = offset(text, range.getEnd());
        return start >= 0 && end >= start;
    }

    static String toString(Range r) {
        return toString(r.getStart()) + "-" + toString(r.getEnd());
    }

    static String toString(Position p) {
        return p == null ? "null" : p.getLine() + ":" + p.getCharacter();
    }
}
