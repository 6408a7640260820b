package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmscope.engine.IoErrors;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100000", description = "the most schedules per file, at least 1 (default: ${DEFAULT-VALUE})")
    long limit;

    @Mixin
    BudgetOptions budgets;

    @Option(names = "--out", paramLabel = "DIR", description = "where counterexamples are written (default: next to the file)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = Terminal.printable(spec.commandLine().getOut());
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        String usage = limit < 1 ? "--limit must be at least 1 (got " + limit + ")" : budgets.check();
        if (usage != null) {
            err.println("mmscope: " + usage);
            return 2;
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println("mmscope: cannot create the folder " + out + " for counterexamples: " + IoErrors.reason(e));
                return 2;
            }
        }
        List<Inputs.Input> inputs = Inputs.loadAll(files, err);
        int code = inputs.stream().anyMatch(i -> i.scenario() == null) ? 2 : 0; // the other files are still explored
        Explorer explorer = new Explorer(limit, budgets.maxSteps, budgets.budgets());
        for (Inputs.Input in : inputs) {
            Scenario s = in.scenario();
            if (s == null) {
                continue;
            }
            Explorer.Outcome r;
            try {
                r = explorer.explore(s);
            } catch (OutOfMemoryError e) {
                err.println(Inputs.outOfMemory(in.file()));
                code = Inputs.worst(code, 1);
                continue;
            }
            o.printf("%s: %d schedule(s)%s, %d failing%n", s.source(), r.schedules(), r.truncated() ? " (limit reached, not all explored)" : "",
                    r.failing());
            if (r.budgetHit() != null) {
                for (EraRun era : r.budgetHit().eras()) {
                    if (era.budget() != null) {
                        err.println(s.source() + ":" + era.budget().line() + ":" + era.budget().column() + ": error: " + era.era() + ": "
                                + era.budget().message() + "; exploration stopped at schedule " + r.schedules());
                    }
                }
                code = Inputs.worst(code, 1);
            }
            if (r.failing() > 0) {
                code = Inputs.worst(code, 1);
                EraRun era = Explorer.failingEra(r.failingRun());
                for (ExpectationResult e : era.expectations()) {
                    if (!e.passed()) {
                        o.printf("  %s: FAIL line %d: %s   (found: %s)%n", era.era(), e.line(), e.text(), e.actual());
                    }
                }
                if (era.violation() != null) {
                    o.printf("  %s: INVARIANT VIOLATED: %s%n", era.era(), era.violation());
                }
                Path ce = counterexamplePath(in.file());
                try {
                    Files.writeString(ce, render(in.file(), s, r.counterexample()));
                    o.println("counterexample: " + ce);
                } catch (IOException e) {
                    err.println("mmscope: cannot write the counterexample " + ce + ": " + IoErrors.reason(e));
                }
            }
        }
        return code;
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
