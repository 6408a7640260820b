package org.mmscope.debug.ui.commands;

import org.mmscope.debug.ui.model.MmThread;

/** Reverse Step Into: back to the previous kernel call entry or return. */
public final class ReverseStepIntoHandler extends ReverseCommandHandler {
    @Override
    boolean can(MmThread thread) {
        return thread.canReverseStepInto();
    }

    @Override
    void run(MmThread thread) {
        thread.reverseStepInto();
    }

    @Override
    String label() {
        return "Reverse Step Into";
    }
}
