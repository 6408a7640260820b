package org.mmscope.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Value converters of the scenario language: strings with \xNN escapes, 64-bit numbers. */
public class MmsValueConverters extends DefaultTerminalConverters {
    @Inject
    private MmsStringConverter stringConverter;

    @Override
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return stringConverter;
    }

    @ValueConverter(rule = "LONG")
    public IValueConverter<Long> LONG() {
        return new IValueConverter<Long>() {
            @Override
            public Long toValue(String string, INode node) {
                if (string == null || string.isBlank()) {
                    // a half-written statement: the parser recovered without the number's text
                    throw new ValueConverterException("a number is missing here", node, null);
                }
                try {
                    return Long.parseLong(string.trim());
                } catch (NumberFormatException e) {
                    // no cause: the parser would show the cause's message (For input string: "...") instead of this one
                    throw new ValueConverterException("number too large: " + string.trim() + " (the largest is " + Long.MAX_VALUE + ")",
                            node, null);
                }
            }

            @Override
            public String toString(Long value) {
                return String.valueOf(value);
            }
        };
    }
}
