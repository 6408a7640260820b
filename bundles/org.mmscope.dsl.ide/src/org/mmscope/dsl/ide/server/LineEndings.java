package org.mmscope.dsl.ide.server;

/**
 * The line endings of a document as the language server keeps it: {@code \r\n} and a lone {@code \r} (old Mac
 * files) become {@code \n}, as the command line reads a file ({@code ScenarioLoader}). The LSP counts all three as
 * the end of a line, so a client's positions (line, character) name the same characters in the normalised text:
 * only the line breaks themselves change.
 */
final class LineEndings {
    private LineEndings() {
    }

    static String normalize(String text) {
        if (text == null || text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
