package org.mmscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmscope.dsl.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope check: parse and validate only. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Parse and validate scenario files without running them.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (.mms)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoader loader = ScenarioLoader.create();
        boolean errors = false;
        for (Path f : files) {
            ScenarioLoader.Loaded l = loader.load(f);
            l.problems().forEach(p -> spec.commandLine().getErr().println(p));
            errors |= l.hasErrors();
            if (!l.hasErrors()) {
                spec.commandLine().getOut().println(f + ": ok");
            }
        }
        return errors ? 2 : 0;
    }
}
