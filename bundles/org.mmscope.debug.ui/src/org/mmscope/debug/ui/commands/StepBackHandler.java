package org.mmscope.debug.ui.commands;

import org.mmscope.debug.ui.model.MmThread;

/** Step Back: one scenario step back (inside a kernel call: back to its entry). */
public final class StepBackHandler extends ReverseCommandHandler {
    @Override
    boolean can(MmThread thread) {
        return thread.canStepBack();
    }

    @Override
    void run(MmThread thread) {
        thread.stepBack();
    }

    @Override
    String label() {
        return "Step Back";
    }
}
