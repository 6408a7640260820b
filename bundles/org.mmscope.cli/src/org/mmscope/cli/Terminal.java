package org.mmscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

import org.mmscope.report.Escape;

/**
 * What the commands print to a terminal: text from scenarios (titles, strings read back, messages quoting them, file
 * names) with its control characters shown as escapes ({@link Escape#controls}), so {@code \x1b[31m} in a title
 * cannot colour the user's terminal and a {@code \r} cannot overwrite a FAIL line. Line ends pass through.
 */
final class Terminal {
    private Terminal() {
    }

    static PrintWriter printable(PrintWriter w) {
        return new PrintWriter(new FilterWriter(w) {
            @Override
            public void write(int c) throws IOException {
                out.write(Escape.controls(String.valueOf((char) c)));
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                String part = s.substring(off, off + len);
                out.write(part.equals(System.lineSeparator()) ? part : Escape.controls(part));
            }
        }, true);
    }
}
