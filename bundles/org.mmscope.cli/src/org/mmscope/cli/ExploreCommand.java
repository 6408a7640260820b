package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope explore: every interleaving of the parallel blocks; the first failing schedule becomes a scenario file. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Run every interleaving of the parallel blocks in every era and report the first failing schedule as a scenario file.")
final class ExploreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (.mms)")
    List<Path> files;

    @Option(names = "--limit", defaultValue = "100000", description = "the most schedules per file (default: ${DEFAULT-VALUE})")
    long limit;

    @Option(names = "--max-steps", defaultValue = "1000000", description = "step budget per schedule and era (default: ${DEFAULT-VALUE})")
    long maxSteps;

    @Option(names = "--out", paramLabel = "DIR", description = "where counterexamples are written (default: next to the file)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = Terminal.printable(spec.commandLine().getOut());
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        List<Scenario> scenarios = Inputs.loadAll(files, err);
        if (scenarios == null) {
            return 2;
        }
        boolean allPassed = true;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            Explorer.Outcome r = new Explorer(limit, maxSteps).explore(s);
            o.printf("%s: %d schedule(s)%s, %d failing%n", s.source(), r.schedules(), r.truncated() ? " (limit reached, not all explored)" : "",
                    r.failing());
            if (!r.passed()) {
                allPassed = false;
                EraRun era = Explorer.failingEra(r.failingRun());
                for (ExpectationResult e : era.expectations()) {
                    if (!e.passed()) {
                        o.printf("  %s: FAIL line %d: %s   (found: %s)%n", era.era(), e.line(), e.text(), e.actual());
                    }
                }
                if (era.violation() != null) {
                    o.printf("  %s: INVARIANT VIOLATED: %s%n", era.era(), era.violation());
                }
                Path ce = counterexamplePath(files.get(i));
                Files.writeString(ce, render(files.get(i), s, r.counterexample()));
                o.println("counterexample: " + ce);
            }
        }
        return allPassed ? 0 : 1;
    }

    private Path counterexamplePath(Path file) {
        String name = file.getFileName().toString().replaceAll("\\.mms$", "") + ".counterexample.mms";
        Path dir = out != null ? out : file.toAbsolutePath().getParent();
        return dir.resolve(name);
    }

    /** The original file with each parallel block replaced by the failing schedule's steps, one per line. */
    static String render(Path file, Scenario original, Scenario linear) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Iterator<Scenario.Item> flat = linear.items().iterator();
        List<String> outLines = new ArrayList<>();
        outLines.add("// counterexample written by mmscope explore: the parallel blocks of " + file.getFileName()
                + " in the order that fails; 'mmscope run' on this file reproduces it");
        int next = 1;
        for (Scenario.Item item : original.items()) {
            Scenario.Item f = flat.next();
            if (item instanceof Scenario.ParallelItem p) {
                while (next < p.line()) {
                    outLines.add(lines.get(next++ - 1));
                }
                outLines.add(((Scenario.StepItem) f).text());
                for (int k = 1; k < p.steps().size(); k++) {
                    outLines.add(((Scenario.StepItem) flat.next()).text());
                }
                next = p.endLine() + 1;
            }
        }
        while (next <= lines.size()) {
            outLines.add(lines.get(next++ - 1));
        }
        return String.join("\n", outLines) + "\n";
    }
}
