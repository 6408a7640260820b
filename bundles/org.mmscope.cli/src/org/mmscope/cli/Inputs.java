package org.mmscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.Scenario;

/** Loading the scenario files a command was given: every problem is printed as file:line:col. */
final class Inputs {
    private Inputs() {
    }

    /** The scenarios, or null when any file has an error (all files' problems printed first). */
    static List<Scenario> loadAll(List<Path> files, PrintWriter err) {
        return loadAll(files, err, null);
    }

    /**
     * Like {@link #loadAll(List, PrintWriter)} for runs in the given eras instead of those each file names
     * ({@code --kernel}): a call an era lacks is the same validation error as if the file had named it. Null: the files' eras.
     */
    static List<Scenario> loadAll(List<Path> files, PrintWriter err, List<String> eras) {
        ScenarioLoader loader = ScenarioLoader.create();
        List<Scenario> scenarios = new ArrayList<>();
        boolean bad = false;
        for (Path f : files) {
            ScenarioLoader.Loaded l = loader.load(f, eras);
            l.problems().forEach(err::println);
            if (l.hasErrors()) {
                bad = true;
            } else {
                scenarios.add(l.scenario());
            }
        }
        return bad ? null : scenarios;
    }
}
