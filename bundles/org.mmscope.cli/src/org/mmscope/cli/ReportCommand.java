package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.IoErrors;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.report.IndexReport;
import org.mmscope.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope report: run many scenarios and write one HTML page each, an index, and combined JSON and JUnit XML. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run scenario files (or every .mms under directories) and write an HTML page per scenario, index.html, report.json and junit.xml.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR-or-FILE", description = "scenario files (.mms), or folders searched for them")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created if missing)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> p.toString().endsWith(".mms")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("mmscope: cannot list " + in + ": " + IoErrors.reason(e));
                    return 2;
                }
            } else {
                files.add(in);
            }
        }
        ScenarioLoader loader = ScenarioLoader.create();
        ScenarioRunner runner = new ScenarioRunner();
        List<RunResult> results = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        boolean bad = false;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            err.printf("[%d/%d] %s%n", i + 1, files.size(), f);
            ScenarioLoader.Loaded l = loader.load(f);
            l.problems().forEach(err::println);
            if (l.hasErrors()) {
                bad = true;
                continue;
            }
            try {
                results.add(runner.run(l.scenario()));
            } catch (OutOfMemoryError e) { // the last resort: the budgets should have stopped it first
                err.println(Inputs.outOfMemory(f));
                bad = true;
                continue;
            }
            pages.add(String.format("%03d-%s.html", i + 1, f.getFileName().toString().replaceAll("\\.mms$", "")));
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("mmscope: cannot create the folder " + out + ": " + IoErrors.reason(e));
            return 2;
        }
        try {
            for (int i = 0; i < results.size(); i++) {
                ReportWriter.write(List.of(results.get(i)), out.resolve(pages.get(i)));
            }
            ReportWriter.writeAtomically(IndexReport.render(results, pages), out.resolve("index.html"));
            ReportWriter.write(results, out.resolve("report.json"));
            ReportWriter.write(results, out.resolve("junit.xml"));
        } catch (IOException e) {
            err.println("mmscope: cannot write reports to " + out + ": " + e.getMessage());
            return 2;
        }
        Terminal.printable(spec.commandLine().getOut())
                .println("reports: " + out.resolve("index.html") + " (" + results.size() + " scenarios)");
        if (bad) {
            return 2;
        }
        return results.stream().allMatch(RunResult::passed) ? 0 : 1;
    }
}
