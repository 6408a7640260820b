package org.mmscope.debug.dap;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.debug.ExceptionFilterOptions;
import org.eclipse.lsp4j.debug.FunctionBreakpoint;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.DebugSession;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.trace.KernelCall;

/**
 * The client's breakpoints as the core's: DAP source breakpoints become {@link Breakpoint.Line}, function breakpoints
 * {@link Breakpoint.Function}, the exception filters {@code hazard}, {@code expectation} and {@code invariant} become
 * {@link Breakpoint.Hazard}, {@link Breakpoint.ExpectationFails} and {@link Breakpoint.InvariantBreaks}. A condition is
 * the eras the breakpoint is limited to ({@code linux-6.12}, or several separated by commas); a hazard filter's
 * condition is the hazard kind. Each set request replaces the breakpoints of its kind.
 */
final class BreakpointTable {
    static final String HAZARD = "hazard";
    static final String EXPECTATION = "expectation";
    static final String INVARIANT = "invariant";
    /** The exception filters of the core's event breakpoints, in the order the client lists them. */
    static final Map<String, Breakpoint.Event> FRAME_EVENTS = frameEvents();
    private static final Pattern PFN = Pattern.compile("(?:pfn\\s*)?(0x[0-9a-fA-F]+|\\d+)");

    private final DebugSession session;
    private final Scenario scenario;
    private final Path program;
    private final Map<Breakpoint, Integer> ids = new IdentityHashMap<>();
    private final List<Breakpoint> lines = new ArrayList<>();
    private final List<Breakpoint> functions = new ArrayList<>();
    private final List<Breakpoint> exceptions = new ArrayList<>();
    private int nextId = 1;

    BreakpointTable(DebugSession session, Scenario scenario, Path program) {
        this.session = session;
        this.scenario = scenario;
        this.program = program;
    }

    Integer idOf(Breakpoint b) {
        return ids.get(b);
    }

    /** Replaces the line breakpoints; one answer per requested breakpoint, in order. */
    List<org.eclipse.lsp4j.debug.Breakpoint> setLines(Source source, SourceBreakpoint[] requested, int lineBase) {
        clear(lines);
        List<org.eclipse.lsp4j.debug.Breakpoint> out = new ArrayList<>();
        boolean ours = source != null && source.getPath() != null
                && Paths.get(source.getPath()).toAbsolutePath().normalize().equals(program);
        for (SourceBreakpoint sb : requested == null ? new SourceBreakpoint[0] : requested) {
            int line = sb.getLine() + 1 - lineBase;
            org.eclipse.lsp4j.debug.Breakpoint answer = answer(sb.getLine());
            answer.setSource(source);
            if (!ours) {
                answer.setMessage("mmscope dap debugs " + program + " only");
                out.add(answer);
                continue;
            }
            EraCondition eras = eras(sb.getCondition());
            if (eras.problem != null) {
                answer.setMessage(eras.problem);
            } else if (sb.getLogMessage() != null || sb.getHitCondition() != null) {
                answer.setMessage("log points and hit counts are not supported: a condition names the eras to stop in");
            } else if (!stopsAt(line, eras.names)) {
                answer.setMessage(
                        "no step or expectation on line " + line + (eras.names.isEmpty() ? "" : " in " + String.join(", ", eras.names))
                                + ": a line breakpoint stops before a step or where an expectation is evaluated");
            } else {
                answer.setVerified(true);
                install(lines, new Breakpoint.Line(line, eras.names), answer);
            }
            out.add(answer);
        }
        return out;
    }

    /** Replaces the function breakpoints; verified when an era of the condition enters the function in this run. */
    List<org.eclipse.lsp4j.debug.Breakpoint> setFunctions(FunctionBreakpoint[] requested) {
        clear(functions);
        List<org.eclipse.lsp4j.debug.Breakpoint> out = new ArrayList<>();
        for (FunctionBreakpoint fb : requested == null ? new FunctionBreakpoint[0] : requested) {
            org.eclipse.lsp4j.debug.Breakpoint answer = answer(null);
            String name = fb.getName() == null ? "" : fb.getName().strip();
            EraCondition eras = eras(fb.getCondition());
            if (name.isEmpty()) {
                answer.setMessage("a function breakpoint needs a kernel function's name, e.g. do_wp_page");
            } else if (eras.problem != null) {
                answer.setMessage(eras.problem);
            } else {
                List<String> entering = erasEntering(name, eras.names);
                answer.setVerified(!entering.isEmpty());
                answer.setMessage(entering.isEmpty()
                        ? "no era of this run enters " + name + (eras.names.isEmpty() ? "" : " in " + String.join(", ", eras.names))
                        : "entered in " + String.join(", ", entering));
                install(functions, new Breakpoint.Function(name, eras.names), answer);
            }
            out.add(answer);
        }
        return out;
    }

    /** Replaces the exception breakpoints: the filters, and filters with options (a hazard kind as the condition). */
    List<org.eclipse.lsp4j.debug.Breakpoint> setExceptions(String[] filters, ExceptionFilterOptions[] options) {
        clear(exceptions);
        List<org.eclipse.lsp4j.debug.Breakpoint> out = new ArrayList<>();
        for (String f : filters == null ? new String[0] : filters) {
            out.add(exception(f, null));
        }
        for (ExceptionFilterOptions o : options == null ? new ExceptionFilterOptions[0] : options) {
            out.add(exception(o.getFilterId(), o.getCondition()));
        }
        return out;
    }

    private org.eclipse.lsp4j.debug.Breakpoint exception(String filter, String condition) {
        org.eclipse.lsp4j.debug.Breakpoint answer = answer(null);
        String c = condition == null || condition.isBlank() ? null : condition.strip();
        if (FRAME_EVENTS.containsKey(filter)) {
            return frameEvent(filter, c, answer);
        }
        Breakpoint b = switch (filter == null ? "" : filter) {
        case HAZARD -> new Breakpoint.Hazard(c, Set.of());
        case EXPECTATION -> new Breakpoint.ExpectationFails(Set.of());
        case INVARIANT -> new Breakpoint.InvariantBreaks(Set.of());
        default -> null;
        };
        if (b == null) {
            answer.setMessage("unknown exception filter '" + filter + "' (known: hazard, expectation, invariant, "
                    + String.join(", ", FRAME_EVENTS.keySet()) + ")");
        } else {
            answer.setVerified(true);
            install(exceptions, b, answer);
        }
        return answer;
    }

    /**
     * A frame event filter: the condition is the frame ({@code 1}, {@code pfn 1}, {@code 0x1}; none: any frame) and
     * the eras to stop in, separated by commas ({@code pfn 1, linux-6.12}), in any order.
     */
    private org.eclipse.lsp4j.debug.Breakpoint frameEvent(String filter, String condition, org.eclipse.lsp4j.debug.Breakpoint answer) {
        long pfn = -1;
        List<String> eraParts = new ArrayList<>();
        for (String part : condition == null ? new String[0] : condition.split(",")) {
            Matcher m = PFN.matcher(part.strip());
            if (m.matches() && pfn < 0) {
                pfn = Long.decode(m.group(1));
            } else {
                eraParts.add(part.strip());
            }
        }
        EraCondition eras = eras(String.join(",", eraParts));
        if (eras.problem != null) {
            answer.setMessage(eras.problem.replace("the condition is the era(s) to stop in",
                    "the condition is a pfn (1, pfn 1, 0x1; none: any frame) and the era(s) to stop in"));
            return answer;
        }
        answer.setVerified(true);
        install(exceptions, new Breakpoint.OnEvent(FRAME_EVENTS.get(filter), pfn, eras.names), answer);
        return answer;
    }

    /** The filter id of a frame event ({@code frame-freed}, ...). */
    static String filterOf(Breakpoint.Event event) {
        return FRAME_EVENTS.entrySet().stream().filter(e -> e.getValue() == event).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Map<String, Breakpoint.Event> frameEvents() {
        Map<String, Breakpoint.Event> m = new LinkedHashMap<>();
        m.put("frame-freed", Breakpoint.Event.FREED);
        m.put("frame-swapped-out", Breakpoint.Event.SWAPPED_OUT);
        m.put("frame-migrated", Breakpoint.Event.MIGRATED);
        m.put("frame-pinned", Breakpoint.Event.PINNED);
        m.put("frame-unpinned", Breakpoint.Event.UNPINNED);
        m.put("frame-device-write", Breakpoint.Event.DEVICE_WRITE);
        return Collections.unmodifiableMap(m);
    }

    private void install(List<Breakpoint> kind, Breakpoint b, org.eclipse.lsp4j.debug.Breakpoint answer) {
        int id = nextId++;
        ids.put(b, id);
        answer.setId(id);
        kind.add(b);
        session.add(b);
    }

    private void clear(List<Breakpoint> kind) {
        kind.forEach(b -> {
            session.remove(b);
            ids.remove(b);
        });
        kind.clear();
    }

    private static org.eclipse.lsp4j.debug.Breakpoint answer(Integer line) {
        org.eclipse.lsp4j.debug.Breakpoint b = new org.eclipse.lsp4j.debug.Breakpoint();
        b.setVerified(false);
        b.setLine(line);
        return b;
    }

    /** The eras a condition names (empty: every era), or why it cannot be used. */
    private record EraCondition(Set<String> names, String problem) {
    }

    private EraCondition eras(String condition) {
        Set<String> names = new LinkedHashSet<>();
        if (condition == null || condition.isBlank()) {
            return new EraCondition(Set.of(), null);
        }
        for (String e : condition.split(",")) {
            String era = e.strip();
            if (org.mmscope.engine.era.Eras.byName(era).isEmpty()) {
                return new EraCondition(Set.of(), "the condition is the era(s) to stop in, e.g. linux-6.12; '" + era + "' is none (known: "
                        + String.join(", ", org.mmscope.engine.era.Eras.names()) + ")");
            }
            if (session.threads().stream().noneMatch(t -> t.era().equals(era))) {
                return new EraCondition(Set.of(),
                        "this session does not run " + era + " (it runs " + String.join(", ", scenario.eras()) + ")");
            }
            names.add(era);
        }
        return new EraCondition(Set.copyOf(names), null);
    }

    /** Whether a step or an expectation (of one of the eras) is on that line. */
    private boolean stopsAt(int line, Set<String> eras) {
        for (Scenario.Item item : scenario.items()) {
            boolean here = switch (item) {
            case Scenario.StepItem s -> s.line() == line;
            case Scenario.ParallelItem p -> p.steps().stream().anyMatch(s -> s.line() == line);
            case Scenario.ExpectItem x -> x.line() == line && (eras.isEmpty() ? scenario.eras().stream().anyMatch(x::appliesTo)
                    : eras.stream().anyMatch(x::appliesTo));
            };
            if (here) {
                return true;
            }
        }
        return false;
    }

    private List<String> erasEntering(String function, Set<String> eras) {
        return session.threads().stream().filter(t -> eras.isEmpty() || eras.contains(t.era()))
                .filter(t -> t.run().steps().stream().flatMap(s -> s.allCalls().stream()).map(KernelCall::function)
                        .anyMatch(function::equals))
                .map(t -> t.era()).toList();
    }
}
