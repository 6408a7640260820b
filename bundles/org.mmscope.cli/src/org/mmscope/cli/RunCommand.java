package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope run: run scenarios per era, print one line per expectation, write reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenario files once per kernel era and check their expectations.")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (.mms)")
    List<Path> files;

    @Option(names = "--kernel", paramLabel = "ERA", description = "run only this era (e.g. linux-6.12)")
    String kernel;

    @Option(names = "--report", paramLabel = "OUT",
            description = "write a report; the extension picks the format: .html .md .json .xml (JUnit). Repeatable.")
    List<Path> reports = new ArrayList<>();

    @Mixin
    BudgetOptions budgets;

    @Option(names = "--quiet", description = "print only failures and the summary")
    boolean quiet;

    @Option(names = "--json", description = "print the results as JSON (docs/report-schema.json) instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter raw = spec.commandLine().getOut(); // --json: Gson escapes what JSON must
        PrintWriter out = Terminal.printable(raw);
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        if (kernel != null && Eras.byName(kernel).isEmpty()) {
            err.println("mmscope: unknown kernel era '" + kernel + "' (known: " + String.join(", ", Eras.names()) + ")");
            return 2;
        }
        for (Path r : reports) {
            if (ReportWriter.formatOf(r) == null) {
                err.println("mmscope: cannot tell the report format of " + r + " (use .html, .md, .json or .xml)");
                return 2;
            }
        }
        String usage = budgets.check();
        if (usage != null) {
            err.println("mmscope: " + usage);
            return 2;
        }
        List<Inputs.Input> inputs = Inputs.loadAll(files, err, kernel == null ? null : List.of(kernel));
        int code = inputs.stream().anyMatch(i -> i.scenario() == null) ? 2 : 0; // the other files still run
        ScenarioRunner runner = new ScenarioRunner(new Simulation.Options(true, true, 1, budgets.maxSteps).withBudgets(budgets.budgets()));
        List<RunResult> results = new ArrayList<>();
        for (Inputs.Input in : inputs) {
            Scenario s = in.scenario();
            if (s == null) {
                continue;
            }
            Scenario selected = kernel == null ? s : new Scenario(s.title(), s.source(), List.of(kernel), s.machine(), s.items());
            RunResult r;
            try {
                r = runner.run(selected);
            } catch (OutOfMemoryError e) { // the last resort: the budgets should have stopped it first
                err.println(Inputs.outOfMemory(in.file()));
                code = Inputs.worst(code, 1);
                continue;
            }
            results.add(r);
            for (EraRun era : r.eras()) {
                if (era.budget() != null) {
                    err.println(s.source() + ":" + era.budget().line() + ":" + era.budget().column() + ": error: " + era.era() + ": "
                            + era.budget().message());
                }
            }
            if (!json) {
                print(out, r);
            }
            code = Inputs.worst(code, r.passed() ? 0 : 1);
        }
        if (json) {
            raw.print(ReportWriter.render(results, ReportWriter.Format.JSON));
            raw.flush();
        }
        for (Path r : reports) {
            try {
                ReportWriter.write(results, r);
                (json ? err : out).println("report: " + r);
            } catch (IOException e) {
                err.println("mmscope: cannot write report " + r + ": " + e.getMessage() + " (the previous file, if any, is untouched)");
                code = 2;
            }
        }
        return code;
    }

    private void print(PrintWriter out, RunResult r) {
        out.println(r.scenario().source() + ": " + r.scenario().title());
        for (EraRun era : r.eras()) {
            out.println("  " + era.era() + ":");
            for (ExpectationResult e : era.expectations()) {
                if (!quiet || !e.passed()) {
                    out.println("    " + (e.passed() ? "PASS" : "FAIL") + "  line " + e.line() + ": " + e.text()
                            + (e.passed() ? "" : "   (found: " + e.actual() + ")"));
                }
            }
            for (HazardRecord h : era.hazards()) {
                out.println("    hazard " + h.kind() + " at step " + h.step() + " (line " + h.line() + "): " + h.message());
            }
            if (era.violation() != null) {
                out.println("    INVARIANT VIOLATED near line " + era.violationLine() + ": " + era.violation());
            }
            if (era.budget() != null) {
                out.println("    STOPPED at line " + era.budget().line() + ": " + era.budget().message());
            }
            for (Scenario.ExpectItem x : era.notEvaluated()) {
                out.println("    not evaluated  line " + x.line() + ": " + x.text());
            }
            out.println("    " + (era.passed() ? "ok" : "FAILED") + ": " + (era.expectations().size() - era.failedCount()) + "/"
                    + era.expectations().size() + " expectations hold" + (era.notEvaluated().isEmpty() ? "" : ", "
                            + era.notEvaluated().size() + " not evaluated")
                    + ", " + era.steps().size() + " steps");
        }
    }
}
