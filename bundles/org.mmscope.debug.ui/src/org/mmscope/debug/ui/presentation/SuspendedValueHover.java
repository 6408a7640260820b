package org.mmscope.debug.ui.presentation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.mmscope.debug.Variable;
import org.mmscope.debug.VariableNames;
import org.mmscope.debug.ui.model.MmDebugTarget;
import org.mmscope.debug.ui.model.MmStackFrame;
import org.mmscope.ui.editor.DebugValueHover;

/**
 * The editor's hover while a debug session of its file is suspended: the value of a name at the position of the
 * stack frame the mmscope views show (the selected one), resolved by the core's {@link VariableNames} — the same
 * text as the Variables view and DAP's evaluate.
 */
public final class SuspendedValueHover implements DebugValueHover {
    /** Children shown under a value; a mapping of many pages says how many more there are. */
    static final int CHILDREN_SHOWN = 16;

    @Override
    public String valueOf(IFile file, List<String> names) {
        MmStackFrame frame = DebugContextFollower.frameShown();
        if (frame == null || !frame.isSuspended() || !file.equals(((MmDebugTarget) frame.getDebugTarget()).file())) {
            return null;
        }
        Variable root = frame.variables();
        for (String name : names) {
            Variable v = VariableNames.resolve(root, name);
            if (v != null) {
                return text(name, v, frame);
            }
        }
        return null;
    }

    /** {@code name = value}, the era and the frame, then one line per child ({@code refcount: 3}). */
    static String text(String name, Variable v, MmStackFrame frame) {
        StringBuilder out = new StringBuilder(name).append(" = ").append(v.value()).append(v.changed() ? "  (changed)" : "")
                .append("\n").append(frame.getThread().era()).append(", ").append(frame.getName()).append('\n');
        List<Variable> kids = v.children();
        for (Variable c : kids.subList(0, Math.min(kids.size(), CHILDREN_SHOWN))) {
            out.append("  ").append(c.name()).append(": ").append(c.value()).append(c.changed() ? "  (changed)" : "").append('\n');
        }
        if (kids.size() > CHILDREN_SHOWN) {
            out.append("  … ").append(kids.size() - CHILDREN_SHOWN).append(" more in the Variables view\n");
        }
        return out.toString().stripTrailing();
    }
}
