package org.mmscope.cli;

import java.io.PrintWriter;
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
        PrintWriter out = Terminal.printable(spec.commandLine().getOut());
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        boolean errors = false;
        for (Path f : files) {
            ScenarioLoader.Loaded l = loader.load(f);
            l.problems().forEach(err::println);
            errors |= l.hasErrors();
            if (!l.hasErrors()) {
                out.println(f + ": ok");
            }
        }
        return errors ? 2 : 0;
    }
}
