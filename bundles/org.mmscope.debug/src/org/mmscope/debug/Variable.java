package org.mmscope.debug;

import java.util.List;

/**
 * One entry of the debugger's Variables: a name, its value as text, its children, and whether the value (or a
 * child's) changed since the previous stop. {@code path} identifies it across stops.
 */
public record Variable(String path, String name, String value, List<Variable> children, boolean changed) {
    /** The child with this name, or null. */
    public Variable child(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).findFirst().orElse(null);
    }

    /** The variable at a dotted path of names below this one (e.g. {@code "parent.buf.0"}), or null. */
    public Variable at(String names) {
        Variable v = this;
        for (String n : names.split("\\.")) {
            v = v == null ? null : v.child(n);
        }
        return v;
    }
}
