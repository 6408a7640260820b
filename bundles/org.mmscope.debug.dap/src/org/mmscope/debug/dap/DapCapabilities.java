package org.mmscope.debug.dap;

import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ExceptionBreakpointsFilter;

/**
 * What {@code mmscope dap} answers to {@code initialize}: configurationDone, function and conditional breakpoints
 * (the condition is the eras), step back and reverse continue, evaluate for hovers, exception info, terminate, and
 * the exception filters {@code hazard} (with the hazard kind as its condition), {@code expectation},
 * {@code invariant} and the frame events {@code frame-freed}, {@code frame-swapped-out}, {@code frame-migrated},
 * {@code frame-pinned}, {@code frame-unpinned}, {@code frame-device-write} (the pfn as their condition).
 */
final class DapCapabilities {
    private DapCapabilities() {
    }

    static Capabilities of() {
        Capabilities c = new Capabilities();
        c.setSupportsConfigurationDoneRequest(true);
        c.setSupportsFunctionBreakpoints(true);
        c.setSupportsConditionalBreakpoints(true);
        c.setSupportsStepBack(true);
        c.setSupportsEvaluateForHovers(true);
        c.setSupportsExceptionInfoRequest(true);
        c.setSupportsExceptionFilterOptions(true);
        c.setSupportsTerminateRequest(true);
        c.setExceptionBreakpointFilters(new ExceptionBreakpointsFilter[] {
                filter(BreakpointTable.HAZARD, "Hazards",
                        "a hazard is raised (dma-diverged, dma-orphaned, pinned-swapped, dma-use-after-free)", false,
                        "the hazard kind to stop at, e.g. dma-diverged (empty: every kind)"),
                filter(BreakpointTable.EXPECTATION, "Failing expectations", "an expectation that fails is evaluated", false, null),
                filter(BreakpointTable.INVARIANT, "Broken invariants", "the model broke an invariant (an engine bug)", true, null),
                frame("frame-freed", "Frame freed", "a frame is freed (its last reference dropped)"),
                frame("frame-swapped-out", "Frame unmapped into swap", "a PTE that mapped a frame becomes a swap entry"),
                frame("frame-migrated", "Frame migrated", "a frame's contents move to a new frame (migrate, compact, offline)"),
                frame("frame-pinned", "Frame pinned", "a get_user_pages / pin_user_pages handle takes a frame"),
                frame("frame-unpinned", "Frame unpinned", "a handle holding a frame is released"),
                frame("frame-device-write", "Frame written by a device", "a device writes into a frame (DMA)") });
        return c;
    }

    private static ExceptionBreakpointsFilter frame(String id, String label, String description) {
        return filter(id, label, description, false,
                "the frame's pfn, e.g. 1 or pfn 1 (empty: any frame); eras after a comma: pfn 1, linux-6.12");
    }

    private static ExceptionBreakpointsFilter filter(String id, String label, String description, boolean on, String condition) {
        ExceptionBreakpointsFilter f = new ExceptionBreakpointsFilter();
        f.setFilter(id);
        f.setLabel(label);
        f.setDescription("Stop where " + description);
        f.setDefault_(on);
        if (condition != null) {
            f.setSupportsCondition(true);
            f.setConditionDescription(condition);
        }
        return f;
    }
}
