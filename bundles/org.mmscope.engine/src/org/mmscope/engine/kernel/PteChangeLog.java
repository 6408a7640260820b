package org.mmscope.engine.kernel;

import java.util.function.IntSupplier;

import org.mmscope.model.mm.Pte;

/**
 * Which frame a PTE mapped before the current step (what "moved" compares against). Kept on the PTE itself
 * (changedInStep / pfnBeforeStep), stamped with the step index, so nothing has to be reset between steps.
 */
public final class PteChangeLog {
    private final IntSupplier step;

    PteChangeLog(IntSupplier step) {
        this.step = step;
    }

    void record(Pte pte, long oldPfn) {
        int now = step.getAsInt();
        if (pte.getChangedInStep() != now) {
            pte.setChangedInStep(now);
            pte.setPfnBeforeStep(oldPfn);
        }
    }

    /** The pfn the PTE mapped before the current step, or {@code current} if the step did not change it. */
    public long pfnBefore(Pte pte, long current) {
        return pte != null && pte.getChangedInStep() == step.getAsInt() ? pte.getPfnBeforeStep() : current;
    }
}
