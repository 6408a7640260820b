package org.mmscope.cli.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways ./mmscope starts the command line print the same: the plain class path of this module (run, check,
 * help, version take it) and the Equinox product (lsp, dap, bench, live, and everything when MMSCOPE_OSGI=1). Both
 * are started as the script starts them, from the repository root, and compared byte for byte: exit code, stdout,
 * stderr.
 */
class PlainAndOsgiAgreeTest {
    private static final Path ROOT = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
    private static final Path MODULE = ROOT.resolve("releng/org.mmscope.cli.plain");
    private static final Path PRODUCT = ROOT.resolve("releng/org.mmscope.repository/target/products/org.mmscope.product/linux/gtk/x86_64");
    private static final String JAVA = System.getProperty("mmscope.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    private static final String MISTAKES = "releng/org.mmscope.cli.plain/src/test/resources/mistakes.mms";

    @TempDir
    static Path tmp;

    private static List<String> examples;

    @BeforeAll
    static void examples() throws IOException {
        assertTrue(Files.isDirectory(PRODUCT.resolve("plugins")),
                "the Equinox product is not built (" + PRODUCT + "): build the reactor, which builds it before this module");
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            examples = files.map(p -> "examples/" + p.getFileName()).filter(n -> n.endsWith(".mms")).sorted().toList();
        }
        assertTrue(examples.size() >= 10, "examples/ has the scenarios: " + examples);
    }

    @Test
    void runOfEveryExampleAndOfABadFilePrintsTheSame() throws Exception {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(examples);
        args.add(MISTAKES);
        Output plain = agree(args);
        assertEquals(2, plain.code(), "the bad file makes it exit 2: " + plain);
        assertTrue(plain.err().contains(MISTAKES + ":11:"), "the validation error is at file:line:col: " + plain.err());
        assertTrue(plain.out().contains("expectations hold"), plain.out());
    }

    @Test
    void runAsJsonPrintsTheSame() throws Exception {
        Output plain = agree(List.of("run", "--json", "--kernel", "linux-6.12", examples.get(0)));
        assertEquals(0, plain.code(), plain.toString());
        assertTrue(plain.out().startsWith("{") || plain.out().startsWith("["), plain.out());
    }

    @Test
    void checkPrintsTheSame() throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(examples);
        args.add(MISTAKES);
        Output plain = agree(args);
        assertEquals(2, plain.code(), plain.toString());
        assertTrue(plain.out().contains(examples.get(0) + ": ok"), plain.out());
    }

    @Test
    void helpAndVersionPrintTheSame() throws Exception {
        assertTrue(agree(List.of("--help")).out().contains("Usage: mmscope"));
        assertTrue(agree(List.of("--version")).out().startsWith("mmscope "));
    }

    /** Runs the arguments both ways, asserts that everything printed and the exit code agree, returns the plain one. */
    private static Output agree(List<String> args) throws Exception {
        Output plain = start(plainCommand(), args);
        Output osgi = start(osgiCommand(), args);
        assertEquals(osgi.code(), plain.code(), "exit code of " + args);
        assertEquals(osgi.out(), plain.out(), "stdout of " + args);
        assertEquals(osgi.err(), plain.err(), "stderr of " + args);
        return plain;
    }

    private static List<String> plainCommand() {
        return List.of(JAVA, "@" + MODULE.resolve("jvm.options"), "@" + MODULE.resolve("target/classpath.args"), "org.mmscope.cli.Main");
    }

    private static List<String> osgiCommand() throws IOException {
        Path launcher;
        try (Stream<Path> jars = Files.list(PRODUCT.resolve("plugins"))) {
            launcher = jars.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElseThrow();
        }
        return List.of(JAVA, "--sun-misc-unsafe-memory-access=allow", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                launcher.toString(), "-configuration", tmp.resolve("osgi-configuration").toString(), "-application",
                "org.mmscope.cli.app", "-nosplash", "-data", "@none");
    }

    private static Output start(List<String> command, List<String> args) throws Exception {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        String name = command.size() + "-" + System.nanoTime();
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(all).directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("NO_COLOR");
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "did not finish: " + all);
        return new Output(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Output(int code, String out, String err) {
    }
}
