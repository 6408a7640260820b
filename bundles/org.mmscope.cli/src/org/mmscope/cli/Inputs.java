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
        ScenarioLoader loader = ScenarioLoader.create();
        List<Scenario> scenarios = new ArrayList<>();
        boolean bad = false;
        for (Path f : files) {
            ScenarioLoader.Loaded l = loader.load(f);
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
