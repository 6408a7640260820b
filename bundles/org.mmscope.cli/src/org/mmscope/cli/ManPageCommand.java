package org.mmscope.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mmscope.engine.IoErrors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope manpage: the man page mmscope(1), generated from the same command definitions as --help. */
@Command(name = "manpage", mixinStandardHelpOptions = true,
        description = "Print the man page mmscope(1) (groff man(7)), generated from the command definitions; view it with man -l.")
final class ManPageCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/mmscope.1 instead of printing it (DIR is created if missing)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String page = ManPage.render(spec.root());
        if (out == null) {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path file = out.resolve("mmscope.1");
        try {
            Files.createDirectories(out);
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Terminal.printable(spec.commandLine().getErr()).println("mmscope: cannot write " + file + ": " + IoErrors.reason(e));
            return 2;
        }
        Terminal.printable(spec.commandLine().getOut()).println("man page: " + file);
        return 0;
    }
}
