package org.mmscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.mmscope.engine.IoErrors;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.explore.EraOutcome;
import org.mmscope.engine.explore.ExploreOptions;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.explore.KernelEvent;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * mmscope explore: a search over every interleaving of the parallel blocks (and, with --with, kernel events
 * between steps) per era; per era the counts and PASS/FAIL, and each failing era's shortest schedule written as a
 * scenario file that {@code mmscope run} reproduces (checked here before it is reported).
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Search every interleaving of the parallel blocks (and, with --with, kernel events between steps) in every era; "
                + "write each failing era's shortest schedule as a scenario file.")
final class ExploreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (.mms)")
    List<Path> files;

    @Option(names = "--kernel", paramLabel = "ERA", description = "explore only this era (repeatable; default: the eras the file names)")
    List<String> kernels = new ArrayList<>();

    @Option(names = "--with", paramLabel = "EVENTS", split = ",", description = "kernel events to insert before steps: "
            + "reclaim, migrate, compact, offline (comma-separated)")
    List<String> with = new ArrayList<>();

    @Option(names = "--max-events", paramLabel = "N", defaultValue = "1",
            description = "the most kernel events per schedule (default: ${DEFAULT-VALUE})")
    int maxEvents;

    @Option(names = "--no-reduction", description = "turn the partial-order reduction off (every order of independent steps is run)")
    boolean noReduction;

    @Option(names = "--max-states", paramLabel = "N", defaultValue = "1000000", description = "distinct states per era before the search "
            + "stops with a partial result (default: ${DEFAULT-VALUE})")
    long maxStates;

    @Option(names = "--limit", paramLabel = "N", description = "the most complete schedules per era, at least 1 (default: no limit)")
    Long limit;

    @Mixin
    BudgetOptions budgets;

    @Option(names = "--out", paramLabel = "DIR", description = "where counterexamples are written (default: the current directory)")
    Path out;

    @Option(names = "--report", paramLabel = "OUT", description = "also write each counterexample's run as a report (.html .md .json .xml)")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = Terminal.printable(spec.commandLine().getOut());
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        Set<KernelEvent> events = EnumSet.noneOf(KernelEvent.class);
        String usage = usage(events);
        if (usage != null) {
            err.println("mmscope: " + usage);
            return 2;
        }
        Path dir = out != null ? out : Path.of("").toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("mmscope: cannot create the folder " + dir + " for counterexamples: " + IoErrors.reason(e));
            return 2;
        }
        List<Inputs.Input> inputs = Inputs.loadAll(files, err, kernels.isEmpty() ? null : kernels);
        int code = inputs.stream().anyMatch(i -> i.scenario() == null) ? 2 : 0; // the other files are still explored
        Progress progress = new Progress(err, quiet);
        ExploreOptions options = ExploreOptions.defaults().withEvents(events, maxEvents).withReduction(!noReduction)
                .withMaxStates(maxStates)
                .withMaxSchedules(limit == null ? Long.MAX_VALUE : limit).withMaxSteps(budgets.maxSteps).withBudgets(budgets.budgets())
                .withProgress(progress);
        Explorer explorer = new Explorer(options);
        for (Inputs.Input in : inputs) {
            Scenario s = in.scenario();
            if (s == null) {
                continue;
            }
            if (!kernels.isEmpty()) {
                s = new Scenario(s.title(), s.source(), kernels, s.machine(), s.items());
            }
            Explorer.Outcome r;
            try {
                r = explorer.explore(s);
            } catch (OutOfMemoryError e) {
                err.println(Inputs.outOfMemory(in.file()));
                code = Inputs.worst(code, 1);
                continue;
            }
            print(o, err, s, r);
            code = Inputs.worst(code, r.passed() ? 0 : 1);
            code = Inputs.worst(code, new CounterexampleFiles(o, err, dir, reports).write(in.file(), s, r));
        }
        return code;
    }

    private String usage(Set<KernelEvent> events) {
        for (String k : kernels) {
            if (Eras.byName(k).isEmpty()) {
                return "unknown kernel era '" + k + "' (known: " + String.join(", ", Eras.names()) + ")";
            }
        }
        for (String w : with) {
            var e = KernelEvent.byOption(w);
            if (e.isEmpty()) {
                return "unknown kernel event '" + w + "' for --with (known: reclaim, migrate, compact, offline)";
            }
            events.add(e.get());
        }
        if (maxEvents < 0) {
            return "--max-events must not be negative (got " + maxEvents + ")";
        }
        if (maxStates < 1) {
            return "--max-states must be at least 1 (got " + maxStates + ")";
        }
        if (limit != null && limit < 1) {
            return "--limit must be at least 1 (got " + limit + ")";
        }
        for (Path r : reports) {
            if (ReportWriter.formatOf(r) == null) {
                return "cannot tell the report format of " + r + " (use .html, .md, .json or .xml)";
            }
        }
        return budgets.check();
    }

    private static void print(PrintWriter o, PrintWriter err, Scenario s, Explorer.Outcome r) {
        o.println(s.source() + ": " + s.title());
        for (EraOutcome e : r.eras()) {
            String verdict = e.failing() > 0 ? "FAIL" : e.complete() ? "PASS" : "INCOMPLETE";
            o.printf(Locale.ROOT, "  %s: %s  %,d schedule(s), %,d distinct state(s), %,d transition(s), %,d failing; %,.0f states/s, "
                    + "peak heap %,d MiB%s%n", e.era(), verdict, e.schedules(), e.states(), e.transitions(), e.failing(),
                    e.statesPerSecond(),
                    e.peakHeapBytes() >> 20, e.reduced() ? "" : ", no reduction");
            if (e.shortest() != null) {
                o.println("    shortest failing schedule (" + e.shortest().schedule().size() + " steps): " + e.shortest().reason());
            }
            if (!e.complete()) {
                err.println(s.source() + ":" + e.stoppedAtLine() + ":" + Math.max(1, e.stoppedAtColumn()) + ": error: " + e.era() + ": "
                        + e.stoppedBy() + "; the search covered " + e.states() + " state(s) and " + e.schedules()
                        + " schedule(s), not all");
            }
        }
    }

    /** Progress on stderr once a second for searches longer than two seconds, on one line that is rewritten. */
    private static final class Progress implements Consumer<ExploreOptions.Progress> {
        private final PrintWriter err;
        private final boolean quiet;

        Progress(PrintWriter err, boolean quiet) {
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void accept(ExploreOptions.Progress p) {
            if (quiet || p.seconds() < 2) {
                return;
            }
            err.printf(Locale.ROOT, "explore %s: %,d states, %,.0f states/s, %,d schedules, depth %d, %,d queued, %.0f s%n", p.era(),
                    p.states(),
                    p.statesPerSecond(), p.schedules(), p.depth(), p.pending(), p.seconds());
            err.flush();
        }
    }
}
