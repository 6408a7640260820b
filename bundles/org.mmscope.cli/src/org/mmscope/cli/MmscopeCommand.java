package org.mmscope.cli;

import picocli.CommandLine.Command;

/** The top-level {@code mmscope} command. */
@Command(name = "mmscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run Linux memory-management scenarios (.mms) under the rules of a kernel era.",
        subcommands = { RunCommand.class, CheckCommand.class, ExploreCommand.class, ReportCommand.class, LspCommand.class, DapCommand.class,
                BenchCommand.class, LiveCommand.class,
                CompletionCommand.class, ManPageCommand.class },
        footer = { "", "Exit codes: 0 every expectation holds; 1 an expectation failed, an invariant",
                "broke or a budget stopped a run; 2 a parse or validation error or bad usage",
                "(printed as file:line:col: message). The worst file decides." })
public final class MmscopeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
