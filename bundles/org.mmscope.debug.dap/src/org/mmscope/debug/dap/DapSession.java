package org.mmscope.debug.dap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.debug.Source;
import org.mmscope.debug.DebugSession;
import org.mmscope.debug.EraThread;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;

/**
 * A launched scenario: the core's {@link DebugSession} (every era run once, recorded in full), one {@link DapThread}
 * per era, the breakpoints, the variable references and the evaluator. No protocol here: {@link MmsDebugAdapter}
 * turns requests into calls on this and the results into responses and events.
 */
final class DapSession {
    final LaunchArguments args;
    final Scenario scenario;
    final DebugSession core;
    final List<DapThread> threads = new ArrayList<>();
    final BreakpointTable breakpoints;
    final VariableHandles handles = new VariableHandles();
    final Evaluation evaluation;
    final Source source;

    private DapSession(LaunchArguments args, String text, Scenario scenario) {
        this.args = args;
        this.scenario = scenario;
        this.core = DebugSession.start(scenario);
        int id = 1;
        for (EraThread t : core.threads()) {
            threads.add(new DapThread(id++, t));
        }
        this.breakpoints = new BreakpointTable(core, scenario, args.program());
        this.evaluation = new Evaluation(text, args.program().getFileName().toString(), handles);
        this.source = new Source();
        source.setName(args.program().getFileName().toString());
        source.setPath(args.program().toString());
    }

    /**
     * Loads, validates and runs the program in its eras (or {@code kernel}'s); a file with errors is refused with
     * every error as {@code file:line:col: error: message}.
     */
    static DapSession launch(LaunchArguments args) {
        Path file = args.program();
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(file, args.kernels());
        if (l.hasErrors()) {
            throw DapErrors.error(
                    l.problems().stream().filter(ScenarioLoader.Problem::error).map(Object::toString).collect(Collectors.joining("\n")));
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            throw DapErrors.error("launch: cannot read " + file + ": " + e.getMessage());
        }
        Scenario s = l.scenario();
        if (args.kernels() != null) {
            s = new Scenario(s.title(), s.source(), args.kernels(), s.machine(), s.items());
        }
        return new DapSession(args, text, s);
    }

    DapThread thread(int id) {
        return threads.stream().filter(t -> t.id == id).findFirst()
                .orElseThrow(() -> DapErrors
                        .error("no thread " + id + " (the threads are the eras: " + threads.stream().map(t -> t.id + " " + t.era())
                                .collect(Collectors.joining(", ")) + ")"));
    }

    /** A thread that can still move: not past the end of its run. */
    DapThread live(int id) {
        DapThread t = thread(id);
        if (t.ended) {
            throw DapErrors.error("the " + t.era() + " thread has run to its end");
        }
        return t;
    }

    boolean allEnded() {
        return threads.stream().allMatch(t -> t.ended);
    }

    /** The exit code {@code mmscope run} would give this scenario. */
    int exitCode() {
        return RunConsole.exitCode(new RunResult(scenario, core.threads().stream().map(EraThread::run).toList()));
    }
}
