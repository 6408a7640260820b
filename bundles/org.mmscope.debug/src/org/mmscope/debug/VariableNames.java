package org.mmscope.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a user writes for the debugger's Variables, as the scenario file spells them: a process
 * ({@code parent}), a mapping ({@code buf} — in every process that has it —, {@code parent.buf},
 * {@code child.buf[0]}), a handle ({@code rx}, {@code rx[0]}), a device ({@code nic}), {@code swap},
 * {@code hazards}, or any dotted path of the Variables ({@code processes.parent.buf.0.refcount}). DAP's
 * {@code evaluate} and the Eclipse editor's hover both resolve names here, so they show the same text.
 */
public final class VariableNames {
    /** {@code name}, {@code name.name}, each optionally followed by {@code [index]}. */
    public static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)(?:\\.([A-Za-z_][A-Za-z0-9_-]*))?(?:\\[(\\d+)\\])?");

    private VariableNames() {
    }

    /** The variable {@code name} stands for below {@code root} (a stop's Variables), or null. */
    public static Variable resolve(Variable root, String name) {
        Variable exact = root.at(name);
        if (exact != null) {
            return exact;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String first = m.group(1);
        String second = m.group(2);
        String index = m.group(3);
        if (second != null) { // process.mapping[i]
            return root.at("processes." + first + "." + second + (index == null ? "" : "." + index));
        }
        for (String group : List.of("processes", "handles", "devices")) {
            Variable g = root.at(group + "." + first + (index == null ? "" : "." + index));
            if (g != null) {
                return g;
            }
        }
        if (index == null && root.child(first) != null) {
            return root.child(first);
        }
        return mappingInEveryProcess(root, first, index);
    }

    /** A bare mapping name: the mapping (or its page) in each process that has it. */
    private static Variable mappingInEveryProcess(Variable root, String mapping, String index) {
        List<Variable> found = new ArrayList<>();
        Variable processes = root.child("processes");
        for (Variable p : processes == null ? List.<Variable>of() : processes.children()) {
            Variable b = p.child(mapping);
            Variable hit = b == null ? null : index == null ? b : b.child(index);
            if (hit != null) {
                found.add(new Variable(hit.path(), p.name(), hit.value(), hit.children(), hit.changed()));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() == 1) {
            return root.at(found.get(0).path());
        }
        String value = String.join("; ", found.stream().map(f -> f.name() + ": " + f.value()).toList());
        return new Variable(mapping, mapping + (index == null ? "" : "[" + index + "]"), value, found, false);
    }
}
