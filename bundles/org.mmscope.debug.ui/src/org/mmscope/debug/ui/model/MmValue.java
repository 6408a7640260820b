package org.mmscope.debug.ui.model;

import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.mmscope.debug.Variable;

/** The value of one debugger variable: its text, and its children as variables (a process's mappings, a page's PTE…). */
public final class MmValue extends MmDebugElement implements IValue {
    private final Variable variable;
    private IVariable[] children;

    MmValue(MmDebugTarget target, Variable variable) {
        super(target);
        this.variable = variable;
    }

    @Override
    public String getReferenceTypeName() {
        return "";
    }

    @Override
    public String getValueString() {
        return variable.value();
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public synchronized IVariable[] getVariables() {
        if (children == null) {
            children = variable.children().stream().map(v -> new MmVariable((MmDebugTarget) getDebugTarget(), v)).toArray(IVariable[]::new);
        }
        return children;
    }

    @Override
    public boolean hasVariables() {
        return !variable.children().isEmpty();
    }
}
