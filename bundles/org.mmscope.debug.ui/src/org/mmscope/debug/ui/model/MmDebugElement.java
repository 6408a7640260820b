package org.mmscope.debug.ui.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/** The mmscope debug model's common base (PDA's PDADebugElement): one model id for every element. */
public abstract class MmDebugElement extends DebugElement {
    /** The id of the mmscope debug model (breakpoints, presentation and elements share it). */
    public static final String MODEL_ID = "org.mmscope.debug.ui.model";

    protected MmDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return MODEL_ID;
    }

    static DebugException notSupported(String what) {
        return new DebugException(org.eclipse.core.runtime.Status.error(what + " is not supported by mmscope"));
    }
}
