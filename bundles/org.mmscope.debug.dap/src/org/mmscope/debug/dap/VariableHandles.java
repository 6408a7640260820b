package org.mmscope.debug.dap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.debug.VariablePresentationHint;
import org.mmscope.debug.Variable;

/**
 * DAP's {@code variablesReference}s for the core's {@link Variable} trees. References are valid while their thread
 * stays where it is: each thread has its own range ({@code threadId * }{@value #PER_THREAD}{@code  + n}), dropped when
 * that thread moves, so the other threads' references stay good.
 */
final class VariableHandles {
    static final int PER_THREAD = 1_000_000;

    private final Map<Integer, Variable> byReference = new HashMap<>();
    private final Map<Integer, Integer> next = new HashMap<>();

    /** The reference of a variable with children (0 for a leaf: nothing to expand). */
    int reference(int threadId, Variable v) {
        if (v.children().isEmpty()) {
            return 0;
        }
        int n = next.merge(threadId, 1, Integer::sum);
        int ref = threadId * PER_THREAD + n;
        byReference.put(ref, v);
        return ref;
    }

    Variable get(int reference) {
        return byReference.get(reference);
    }

    /** The thread moved: its references are no longer valid. */
    void drop(int threadId) {
        byReference.keySet().removeIf(r -> r / PER_THREAD == threadId);
        next.remove(threadId);
    }

    static int threadOf(int reference) {
        return reference / PER_THREAD;
    }

    /** The children of a referenced variable as DAP variables; changed values end with {@code " *"}. */
    List<org.eclipse.lsp4j.debug.Variable> children(int reference) {
        Variable parent = byReference.get(reference);
        if (parent == null) {
            throw DapErrors.error("no variables with reference " + reference + " (the thread has moved since)");
        }
        List<org.eclipse.lsp4j.debug.Variable> out = new ArrayList<>();
        for (Variable v : parent.children()) {
            out.add(toDap(threadOf(reference), v));
        }
        return out;
    }

    org.eclipse.lsp4j.debug.Variable toDap(int threadId, Variable v) {
        org.eclipse.lsp4j.debug.Variable d = new org.eclipse.lsp4j.debug.Variable();
        d.setName(v.name());
        d.setValue(shown(v));
        d.setEvaluateName(v.path());
        d.setVariablesReference(reference(threadId, v));
        if (!v.children().isEmpty()) {
            d.setNamedVariables(v.children().size());
        }
        d.setPresentationHint(hint(v));
        return d;
    }

    /** The value as the Variables view shows it: marked with {@code " *"} when it changed since the previous stop. */
    static String shown(Variable v) {
        return v.changed() ? v.value() + " *" : v.value();
    }

    static VariablePresentationHint hint(Variable v) {
        VariablePresentationHint h = new VariablePresentationHint();
        h.setKind(v.children().isEmpty() ? "property" : "data");
        h.setAttributes(v.changed() ? new String[] { "readOnly", "changed" } : new String[] { "readOnly" });
        return h;
    }
}
