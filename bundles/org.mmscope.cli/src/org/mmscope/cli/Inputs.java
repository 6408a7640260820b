package org.mmscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.Budgets;
import org.mmscope.engine.scenario.Scenario;

/** Loading the scenario files a command was given: every problem is printed as file:line:col. */
final class Inputs {
    private Inputs() {
    }

    /** One file of the invocation: its scenario, or null when it has errors (already printed). */
    record Input(Path file, Scenario scenario) {
    }

    /** Every file, in order; a file with errors does not keep the others from running (its scenario is null). */
    static List<Input> loadAll(List<Path> files, PrintWriter err) {
        return loadAll(files, err, null);
    }

    /**
     * Like {@link #loadAll(List, PrintWriter)} for runs in the given eras instead of those each file names
     * ({@code --kernel}): a call an era lacks is the same validation error as if the file had named it. Null: the files' eras.
     */
    static List<Input> loadAll(List<Path> files, PrintWriter err, List<String> eras) {
        ScenarioLoader loader = ScenarioLoader.create();
        List<Input> inputs = new ArrayList<>();
        for (Path f : files) {
            ScenarioLoader.Loaded l = loader.load(f, eras);
            l.problems().forEach(err::println);
            inputs.add(new Input(f, l.hasErrors() ? null : l.scenario()));
        }
        return inputs;
    }

    /** The exit code of an invocation: the worst of its files' (2 bad input, 1 a failure, 0 all good). */
    static int worst(int a, int b) {
        return Math.max(a, b);
    }

    /** What a command prints when the heap ran out: the budgets that bound a run's memory, and how to lower them. */
    static String outOfMemory(Path file) {
        return file + ": error: out of memory (the Java heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB): lower --max-frames, --max-ptes or --max-pages-per-step (defaults: " + Budgets.defaultObjects()
                + " frames, " + Budgets.defaultObjects() + " PTEs, " + Budgets.DEFAULT_PAGES_PER_STEP
                + " pages per step), or make the scenario smaller";
    }
}
