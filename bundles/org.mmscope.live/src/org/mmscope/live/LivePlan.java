package org.mmscope.live;

import java.util.List;

import org.mmscope.engine.ops.Op;
import org.mmscope.engine.scenario.Scenario;

/**
 * What {@code mmscope live} runs for one scenario: the translatable prefix of its steps, each as a C step
 * for the live kernel and as the engine op(s) that model exactly what that C step does; and the statements
 * that could not be translated, with the reason.
 *
 * @param processes process names by C index: the declared ones first, then fork children in step order
 * @param vars mapping names by C index (one table per process; a forked child inherits its parent's)
 * @param handles handle names by C index
 * @param filePages the size in pages of each file by C index (its largest mapping)
 * @param texts the byte strings steps write, by C index
 * @param needsSwap whether a step pages anonymous memory out (the host then needs active swap)
 */
public record LivePlan(Scenario scenario, List<LiveStep> steps, List<Untranslatable> untranslatable, List<String> processes,
        int declared, List<String> vars, List<String> handles, List<String> files, List<Long> filePages, List<byte[]> texts,
        boolean needsSwap) {

    /** The C side of one step: which runtime operation with which arguments (see runtime.c, struct step). */
    public record CStep(COp op, int actor, int var, long from, long to, int arg, int handle, int text, boolean shared) {
    }

    /** The operations of runtime.c, in the order of its enum. */
    public enum COp {
        NOP, MMAP_ANON, MMAP_FILE, MUNMAP, WRITE, READ, MLOCK, MUNLOCK, MPROTECT, MADVISE, FORK, EXIT, GUP_GET, PIN, PUT_PAGE, UNPIN, DMA_WRITE, DMA_READ, PAGEOUT_ALL
    }

    /**
     * One step of the scenario as run on both sides.
     *
     * @param op the engine op modelling what the C step does; null for {@link COp#PAGEOUT_ALL}, which the engine
     *        runs as MADV_PAGEOUT of every page of every mapping of every live process
     * @param standIn how the live step differs from the written one (null when it is the same)
     * @param compareResult false for steps whose outcome has no counterpart on the host (dma_map_sg)
     */
    public record LiveStep(int line, String text, Op op, CStep c, String standIn, boolean compareResult) {
    }

    /** A statement that is not run live, and why. Steps after the first of these are not run either. */
    public record Untranslatable(int line, String text, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + text + " — " + reason;
        }
    }

    public boolean complete() {
        return untranslatable.isEmpty();
    }
}
