package org.mmscope.debug.dap;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.StoppedEventArgumentsReason;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.EraThread;
import org.mmscope.engine.RunCursor.Stop;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.trace.HazardRecord;

/**
 * Why a thread stopped, as a DAP {@code stopped} event: the one mapping from the core's stop reasons to DAP's
 * (breakpoint, function breakpoint, exception for a hazard, a failing expectation, a broken invariant or a frame event, step,
 * entry for the booted machine), with the breakpoint ids and, for an exception, what was raised.
 */
final class Stops {
    private Stops() {
    }

    /** The event for the thread's current stop; records on the thread what the stop shows (line, exception). */
    static StoppedEventArguments describe(DapThread t, EraThread.Reason reason, BreakpointTable table) {
        t.clearStop();
        StoppedEventArguments e = new StoppedEventArguments();
        e.setThreadId(t.id);
        e.setAllThreadsStopped(false);
        Breakpoint hit = reason == EraThread.Reason.BREAKPOINT ? t.core.hitBreakpoint() : null;
        if (hit == null) {
            boolean boot = t.core.at().step() == 0 && t.core.at().call() == null;
            e.setReason(boot ? StoppedEventArgumentsReason.ENTRY : StoppedEventArgumentsReason.STEP);
            e.setDescription(t.era() + (boot ? ": the booted machine" : ": " + where(t)));
            return e;
        }
        Integer id = table.idOf(hit);
        if (id != null) {
            e.setHitBreakpointIds(new Integer[] { id });
        }
        switch (hit) {
        case Breakpoint.Line l -> {
            e.setReason(StoppedEventArgumentsReason.BREAKPOINT);
            t.lineOverride = l.line();
            e.setDescription(t.era() + ": breakpoint at line " + l.line());
        }
        case Breakpoint.Function f -> {
            e.setReason(StoppedEventArgumentsReason.FUNCTION_BREAKPOINT);
            e.setDescription(t.era() + ": entering " + f.function());
        }
        case Breakpoint.Hazard h -> exception(t, e, hazards(t, h.kind()));
        case Breakpoint.ExpectationFails x -> exception(t, e, failing(t));
        case Breakpoint.InvariantBreaks x -> {
            t.exceptionId = "invariant";
            t.exceptionDescription = "invariant broken: " + t.core.run().violation();
            e.setReason(StoppedEventArgumentsReason.EXCEPTION);
            e.setDescription(t.era() + ": " + t.exceptionDescription);
            e.setText(t.exceptionDescription);
        }
        case Breakpoint.OnEvent o -> exception(t, e, frameEvent(t, o));
        }
        return e;
    }

    private static void exception(DapThread t, StoppedEventArguments e, Raised r) {
        t.exceptionId = r.id;
        t.exceptionDescription = r.description;
        if (r.line > 0) {
            t.lineOverride = r.line;
        }
        e.setReason(StoppedEventArgumentsReason.EXCEPTION);
        e.setDescription(t.era() + ": " + r.id);
        e.setText(r.description);
    }

    private record Raised(String id, String description, int line) {
    }

    /** A frame event filter's stop: which event, about which frame (the call's, when a kernel call made it), where. */
    private static Raised frameEvent(DapThread t, Breakpoint.OnEvent o) {
        Stop s = t.core.at();
        long pfn = o.pfn() >= 0 ? o.pfn() : s.call() != null ? s.call().pfn() : -1;
        String what = switch (o.event()) {
        case FREED -> "freed";
        case SWAPPED_OUT -> "unmapped into swap";
        case MIGRATED -> "migrated";
        case PINNED -> "pinned";
        case UNPINNED -> "unpinned";
        case DEVICE_WRITE -> "written by a device";
        };
        return new Raised(BreakpointTable.filterOf(o.event()), (pfn >= 0 ? "frame pfn " + pfn : "a frame") + " " + what + ": " + where(t),
                0);
    }

    /** The hazards of the step that just ended (of {@code kind}, or all). */
    private static Raised hazards(DapThread t, String kind) {
        Stop s = t.core.at();
        List<HazardRecord> hz = t.core.run().steps().get(s.step() - 1).hazards().stream()
                .filter(h -> kind == null || h.kind().equals(kind)).toList();
        String id = hz.isEmpty() ? "hazard" : hz.get(0).kind();
        return new Raised(id,
                hz.stream().map(h -> "hazard " + h.kind() + " (line " + h.line() + "): " + h.message()).collect(Collectors.joining("\n")),
                0);
    }

    /** The expectations evaluated here that fail; the stop shows the first one's line. */
    private static Raised failing(DapThread t) {
        List<ExpectationResult> f = t.core.run().expectations().stream().filter(r -> r.afterStep() == t.core.at().step() && !r.passed())
                .toList();
        String text = f.stream().map(r -> "line " + r.line() + ": " + r.text() + " fails (found: " + r.actual() + ")")
                .collect(Collectors.joining("\n"));
        return new Raised("expectation", "expectation failed: " + text, f.isEmpty() ? 0 : f.get(0).line());
    }

    private static String where(DapThread t) {
        List<String> stack = t.core.stack();
        return stack.get(0);
    }
}
