package org.mmscope.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point shared by the OSGi application and plain-classpath launches. */
public final class Main {
    private Main() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new MmscopeCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            err.println("mmscope: internal error: " + ex);
            return 3;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("mmscope: " + ex.getMessage());
            err.println("Try 'mmscope --help'.");
            return 2;
        });
        return cl.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
