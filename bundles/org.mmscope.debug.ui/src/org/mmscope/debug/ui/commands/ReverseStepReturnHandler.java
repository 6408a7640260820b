package org.mmscope.debug.ui.commands;

import org.mmscope.debug.ui.model.MmThread;

/** Reverse Step Return: back to the entry of the current kernel function. */
public final class ReverseStepReturnHandler extends ReverseCommandHandler {
    @Override
    boolean can(MmThread thread) {
        return thread.canReverseStepReturn();
    }

    @Override
    void run(MmThread thread) {
        thread.reverseStepReturn();
    }

    @Override
    String label() {
        return "Reverse Step Return";
    }
}
