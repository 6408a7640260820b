package org.mmscope.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.nodemodel.INode;

/** STRING: double quotes with the escapes of LANGUAGE.md: \" \\ \n and \xNN. */
public class MmsStringConverter extends AbstractLexerBasedConverter<String> {
    @Override
    protected String toEscapedString(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            default -> {
                if (c < 0x20 || c > 0x7e) {
                    b.append(String.format("\\x%02x", (int) c & 0xff));
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toValue(String string, INode node) {
        if (string == null) {
            return null;
        }
        if (string.length() < 2 || !string.endsWith("\"")) {
            throw new ValueConverterException("unterminated string", node, null);
        }
        String body = string.substring(1, string.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= body.length()) {
                throw new ValueConverterException("a string cannot end with a backslash", node, null);
            }
            char e = body.charAt(i);
            switch (e) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'n' -> out.append('\n');
            case 'x' -> {
                String hex = body.substring(i + 1, Math.min(i + 3, body.length()));
                if (hex.length() != 2 || !hex.matches("[0-9a-fA-F]{2}")) {
                    throw new ValueConverterException("\\x needs two hex digits, found \"" + hex + "\"", node, null);
                }
                out.append((char) Integer.parseInt(hex, 16));
                i += 2;
            }
            default -> throw new ValueConverterException("unknown escape \\" + e + " (use \\\", \\\\, \\n or \\xNN)", node, null);
            }
        }
        return out.toString();
    }
}
