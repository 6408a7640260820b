package org.mmscope.report;

/**
 * Text from a scenario (titles, strings, what a page read back, file names) made safe to show, the way the kernel's
 * string_escape_mem(ESCAPE_NP) prints what is not printable: a title with {@code \x1b[31m} must not colour the
 * reader's terminal, and a report must stay well-formed whatever the scenario wrote.
 */
public final class Escape {
    private Escape() {
    }

    /**
     * Control characters as visible escapes: C0 (but newline and tab) and DEL as {@code \xNN}, the scenario language's own
     * escape, so the text can be pasted back into a string; C1 (U+0080–U+009F, which terminals also obey) as <code>&#92;u009b</code>.
     */
    public static String controls(String s) {
        if (s == null) {
            return "";
        }
        if (s.chars().noneMatch(Escape::isControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                b.append(c < 0x80 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Text XML 1.0 can carry: {@link #controls} and, as <code>&#92;uXXXX</code>, what its Char production forbids besides
     * (U+FFFE, U+FFFF, a surrogate without its pair). Markup characters are left to the caller.
     */
    public static String xml(String s) {
        String t = controls(s);
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
            boolean forbidden = c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c) && !pair;
            if (forbidden && b == null) {
                b = new StringBuilder(t.length() + 8).append(t, 0, i);
            }
            if (b != null) {
                if (forbidden) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                    if (pair) {
                        b.append(t.charAt(++i));
                    }
                }
            } else if (pair) {
                i++;
            }
        }
        return b == null ? t : b.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
    }
}
