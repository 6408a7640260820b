package org.mmscope.debug.ui.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.mmscope.debug.Variable;

/** One entry of the Variables view, read-only (the recorded run is never edited); marked when it changed since the previous stop. */
public final class MmVariable extends MmDebugElement implements IVariable {
    private final Variable variable;
    private final MmValue value;

    MmVariable(MmDebugTarget target, Variable variable) {
        super(target);
        this.variable = variable;
        this.value = new MmValue(target, variable);
    }

    @Override
    public IValue getValue() {
        return value;
    }

    @Override
    public String getName() {
        return variable.name();
    }

    @Override
    public String getReferenceTypeName() {
        return "";
    }

    @Override
    public boolean hasValueChanged() {
        return variable.changed();
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw notSupported("changing a recorded value");
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        throw notSupported("changing a recorded value");
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue v) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MmVariable v && v.getDebugTarget() == getDebugTarget() && v.variable.path().equals(variable.path());
    }

    @Override
    public int hashCode() {
        return variable.path().hashCode();
    }
}
