package org.mmscope.engine.trace;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.ops.Op;
import org.mmscope.engine.ops.OpExecutor;

/**
 * One executed step: what was asked (the operation and its source line), how it ended (errno or null), the
 * kernel calls it made (a tree, as the kernel nests them), the field-level changes it made in order (with the
 * change recorder attached; the calls hold the same changes, each under the innermost call open when it was
 * made) and the hazards it raised. Steps are numbered from 1; step 0 is the booted machine.
 */
public record TraceStep(int index, int line, Op op, String errno, String message, List<KernelCall> calls, List<Change> changes,
        List<HazardRecord> hazards) {
    public boolean failed() {
        return errno != null;
    }

    /** Who performed the step: a process, a device or the kernel. */
    public String actor() {
        return OpExecutor.actorOf(op);
    }

    /** The step as one line of text. */
    public String text() {
        return OpExecutor.describe(op);
    }

    /** Every kernel call of the step, callers before their callees (the tree in reading order). */
    public List<KernelCall> allCalls() {
        List<KernelCall> out = new ArrayList<>();
        calls.forEach(c -> flatten(c, out));
        return out;
    }

    /** The calls as flat events, in reading order (for views that list them). */
    public List<TraceEvent> events() {
        return allCalls().stream().map(c -> new TraceEvent(c.function(), c.pfn(), c.detail())).toList();
    }

    private static void flatten(KernelCall c, List<KernelCall> out) {
        out.add(c);
        c.calls().forEach(child -> flatten(child, out));
    }
}
