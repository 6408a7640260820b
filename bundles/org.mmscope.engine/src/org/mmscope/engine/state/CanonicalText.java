package org.mmscope.engine.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The canonical walk as text, one record a line, to read why two states differ. */
final class CanonicalText implements CanonicalSink {
    private final StringBuilder b = new StringBuilder(256);
    private boolean lineStart = true;

    private StringBuilder sep() {
        if (!lineStart) {
            b.append(' ');
        }
        lineStart = false;
        return b;
    }

    @Override
    public CanonicalSink word(String w) {
        sep().append(w);
        return this;
    }

    @Override
    public CanonicalSink num(long v) {
        sep().append(v);
        return this;
    }

    @Override
    public CanonicalSink flags(int bits, String... names) {
        StringBuilder to = sep();
        if (bits == 0) {
            to.append('-');
        }
        String s = "";
        for (int i = 0; i < names.length; i++) {
            if ((bits & 1 << i) != 0) {
                to.append(s).append(names[i]);
                s = ",";
            }
        }
        return this;
    }

    @Override
    public CanonicalSink name(Enum<?> e) {
        sep().append(e);
        return this;
    }

    @Override
    public CanonicalSink bytes(byte[] c) {
        sep().append(Arrays.toString(c));
        return this;
    }

    @Override
    public CanonicalSink end() {
        b.append('\n');
        lineStart = true;
        return this;
    }

    @Override
    public CanonicalSink child() {
        return new CanonicalText();
    }

    @Override
    public void unordered(List<CanonicalSink> children) {
        List<String> lines = new ArrayList<>(children.size());
        children.forEach(c -> lines.add(c.toString()));
        lines.sort(null);
        lines.forEach(b::append);
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
