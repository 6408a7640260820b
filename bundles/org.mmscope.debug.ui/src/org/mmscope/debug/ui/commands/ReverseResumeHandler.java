package org.mmscope.debug.ui.commands;

import org.mmscope.debug.ui.model.MmThread;

/** Reverse Resume: back to the previous breakpoint hit (else the booted machine). */
public final class ReverseResumeHandler extends ReverseCommandHandler {
    @Override
    boolean can(MmThread thread) {
        return thread.canReverseResume();
    }

    @Override
    void run(MmThread thread) {
        thread.reverseResume();
    }

    @Override
    String label() {
        return "Reverse Resume";
    }
}
