package org.mmscope.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

/** Entry point shared by the OSGi application and plain-classpath launches. */
public final class Main {
    private Main() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /**
     * Runs the command line with the given environment instead of the process's (what it reads: {@code NO_COLOR}). With
     * {@code NO_COLOR} set and not empty (https://no-color.org), the usage help is plain text even where picocli would colour
     * it (a terminal, or {@code -Dpicocli.ansi=true}); otherwise picocli decides: colour on a terminal, plain when the output
     * is redirected. Nothing else mmscope prints carries ANSI escapes: what scenarios wrote is escaped ({@link Terminal}).
     */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        CommandLine cl = new CommandLine(new MmscopeCommand());
        cl.setExecutionStrategy(parse -> {
            if (loadsScenarios(parse)) {
                quietLibraries();
            }
            return new CommandLine.RunLast().execute(parse);
        });
        if (noColor(env)) {
            cl.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF)); // the whole hierarchy of subcommands
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            err.println("mmscope: internal error (a bug in mmscope, please report it with the input): " + ex);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("mmscope: " + ex.getMessage());
            err.println("Try 'mmscope --help'.");
            return 2;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // the last resort; run, explore and report catch it per file first
            err.println("mmscope: error: out of memory (the Java heap holds " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB): lower --max-frames, --max-ptes or --max-pages-per-step, or make the scenario smaller");
            return 1;
        } catch (StackOverflowError e) {
            err.println("mmscope: error: the input nests too deeply to process");
            return 1;
        }
    }

    /** Whether the environment asks for output without colour: NO_COLOR present and not empty. */
    static boolean noColor(Map<String, String> env) {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    /**
     * Whether the command line will load scenarios, and with them Xtext: not for help, version, the completion script or
     * the man page, which print what picocli knows and so start without touching log4j or Xtext.
     */
    static boolean loadsScenarios(ParseResult parse) {
        ParseResult last = parse;
        for (ParseResult p = parse; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return false;
            }
            last = p;
        }
        Object command = last.commandSpec().userObject();
        return !(command instanceof MmscopeCommand || command instanceof CompletionCommand || command instanceof ManPageCommand);
    }

    /** Xtext logs through log4j; a command line prints only its own output. */
    private static void quietLibraries() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new NullAppender());
        }
        root.setLevel(Level.OFF);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
