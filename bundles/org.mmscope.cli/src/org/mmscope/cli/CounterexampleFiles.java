package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.IoErrors;
import org.mmscope.engine.explore.Counterexample;
import org.mmscope.engine.explore.EraOutcome;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.report.ReportWriter;

/**
 * Writes the counterexamples of one explored file: one scenario file per distinct failing schedule (eras that fail
 * with the same schedule share it), each run again here in its eras to check that {@code mmscope run} reproduces
 * the failure, and with {@code --report} that run as a report.
 */
final class CounterexampleFiles {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path dir;
    private final List<Path> reports;

    CounterexampleFiles(PrintWriter out, PrintWriter err, Path dir, List<Path> reports) {
        this.out = out;
        this.err = err;
        this.dir = dir;
        this.reports = reports;
    }

    /** @return the exit code this adds: 0, or 2 when a file could not be written */
    int write(Path file, Scenario s, Explorer.Outcome r) {
        Map<List<Scenario.StepItem>, List<EraOutcome>> groups = bySchedule(r);
        if (groups.isEmpty()) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            err.println("mmscope: cannot read " + file + " again to write its counterexample: " + IoErrors.reason(e));
            return 2;
        }
        String base = file.getFileName().toString().replaceAll("\\.mms$", "");
        int code = 0;
        for (List<EraOutcome> eras : groups.values()) {
            String suffix = groups.size() == 1 ? "" : "-" + String.join("-", eras.stream().map(EraOutcome::era).toList());
            Path ce = dir.resolve(base + ".counterexample" + suffix + ".mms");
            try {
                Files.writeString(ce, render(lines, file.getFileName().toString(), s, eras));
            } catch (IOException e) {
                err.println("mmscope: cannot write the counterexample " + ce + ": " + IoErrors.reason(e));
                code = 2;
                continue;
            }
            out.println("counterexample: " + ce);
            RunResult run = reproduce(ce, eras);
            if (run != null) {
                report(run, suffix);
            }
        }
        return code;
    }

    /** Runs the counterexample in its eras; says so when one of them does not fail (that would be an engine bug). */
    private RunResult reproduce(Path ce, List<EraOutcome> eras) {
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(ce, null);
        if (l.hasErrors()) {
            l.problems().forEach(err::println);
            err.println("mmscope: internal error: the counterexample " + ce + " does not load (please report this with the input file)");
            return null;
        }
        RunResult run = new ScenarioRunner().run(l.scenario());
        for (EraRun e : run.eras()) {
            if (e.passed()) {
                err.println("mmscope: internal error: the counterexample " + ce + " passes in " + e.era()
                        + " when run (please report this with the input file)");
            }
        }
        return run;
    }

    private void report(RunResult run, String suffix) {
        for (Path r : reports) {
            Path target = suffix.isEmpty() ? r : r.resolveSibling(r.getFileName().toString().replaceFirst("(\\.[^.]+)$", suffix + "$1"));
            try {
                ReportWriter.write(List.of(run), target);
                out.println("report: " + target);
            } catch (IOException e) {
                err.println("mmscope: cannot write report " + target + ": " + e.getMessage());
            }
        }
    }

    /** Groups failing eras by schedule: one file per distinct shortest schedule. */
    private static Map<List<Scenario.StepItem>, List<EraOutcome>> bySchedule(Explorer.Outcome r) {
        Map<List<Scenario.StepItem>, List<EraOutcome>> out = new LinkedHashMap<>();
        for (EraOutcome e : r.eras()) {
            if (e.shortest() != null) {
                out.computeIfAbsent(e.shortest().schedule(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    private static String render(List<String> lines, String fileName, Scenario s, List<EraOutcome> eras) {
        return Counterexample.render(lines, fileName, s, eras.get(0).shortest(), eras.stream().map(EraOutcome::era).toList(),
                eras.stream().map(e -> e.era() + ": " + e.shortest().reason()).toList());
    }
}
