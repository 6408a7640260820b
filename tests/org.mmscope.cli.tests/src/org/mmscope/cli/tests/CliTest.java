package org.mmscope.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmscope.cli.Main;

/** The command line: output, exit codes 0/1/2, reports, and no stack traces on bad input. */
class CliTest {
    @TempDir
    Path dir;

    private record Out(int code, String out, String err) {
    }

    private static Out run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        return new Out(code, o.toString(), e.toString());
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final String PASSING = "scenario \"ok\"\nkernel linux-2.6.31, linux-6.12\nprocess app\n"
            + "app: buf = mmap anon 1 page read write\napp: write buf \"hi\"\nexpect app: read buf == \"hi\"\n";

    @Test
    void passingScenarioExitsZeroAndPrintsOneLinePerExpectationPerEra() throws IOException {
        Out r = run("run", file("a.mms", PASSING).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  linux-2.6.31:\n    PASS  line 6: expect app: read buf == \"hi\"\n"), r.out());
        assertTrue(r.out().contains("  linux-6.12:\n    PASS  line 6: expect app: read buf == \"hi\"\n"), r.out());
    }

    @Test
    void failingExpectationExitsOneAndSaysWhatWasFound() throws IOException {
        Out r = run("run", file("b.mms", PASSING.replace("== \"hi\"", "== \"ho\"")).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("FAIL  line 6: expect app: read buf == \"ho\"   (found: read \"hi\")"), r.out());
    }

    @Test
    void jsonOptionPrintsTheJsonReportOnly() throws IOException {
        Out r = run("run", "--json", file("a.mms", PASSING).toString());
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("{\n  \"schemaVersion\": 2,"), r.out());
        assertFalse(r.out().contains("PASS  line"), r.out());
    }

    @Test
    void kernelOptionSelectsOneEra() throws IOException {
        Out r = run("run", "--kernel", "linux-6.12", file("a.mms", PASSING).toString());
        assertEquals(0, r.code());
        assertFalse(r.out().contains("linux-2.6.31"), r.out());
        assertEquals(2, run("run", "--kernel", "linux-1.0", file("c.mms", PASSING).toString()).code());
    }

    @Test
    void hostileSizesAreOnePositionedErrorEach() throws IOException {
        String[][] cases = { { "machine {\n    page 4 GiB\n}\n", ":3:10: error: page size must be 4 KiB, 16 KiB or 64 KiB" },
                { "machine {\n    ram 99999999999 GiB\n}\n", ":3:9: error: ram must be at most 1 PiB" },
                { "machine {\n    ram 99999999999999999999 GiB\n}\n", ":3:9: error: number too large: 99999999999999999999" },
                { "process app\napp: buf = mmap anon 99999999999 GiB read\n", ":3:22: error: a mapping must fit in the 47-bit user address space" } };
        for (String[] c : cases) {
            Path f = file("size.mms", "scenario \"sizes\"\n" + c[0]);
            Out r = run("run", f.toString());
            assertEquals(2, r.code(), c[0] + r.err());
            assertTrue(r.err().startsWith(f + c[1]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void kernelOptionValidatesTheEraItSelects() throws IOException {
        Path f = file("new.mms", "scenario \"new calls\"\nkernel linux-6.12\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "app: rx = pin_user_pages buf write\napp: madvise buf pageout\napp: madvise buf wipeonfork\nexpect ok\n");
        assertEquals(0, run("run", f.toString()).code());
        assertEquals(0, run("run", "--kernel", "linux-6.12", f.toString()).code());
        Out r = run("run", "--kernel", "linux-2.6.31", f.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(f + ":5:11: error: pin_user_pages does not exist in linux-2.6.31 (FOLL_PIN came with 5.6); use 'pin' to compare eras\n"
                + f + ":6:18: error: MADV_PAGEOUT does not exist in linux-2.6.31 (it came with 5.4)\n"
                + f + ":7:18: error: MADV_WIPEONFORK does not exist in linux-2.6.31 (it came with 4.14)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void terminalShowsControlCharactersAsEscapes() throws IOException {
        Path f = file("esc.mms", "scenario \"red \\x1b[31m title\\x0d\"\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "app: write buf \"\\x1b[2J\\x9b\"\nexpect app: read buf == \"\\x1b[0m\"\n");
        Out r = run("run", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(f + ": red \\x1b[31m title\\x0d\n"), r.out());
        assertTrue(r.out().contains("(found: read \"\\x1b[2J\\u009b\")"), r.out());
        assertTrue((r.out() + r.err()).chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), r.out() + r.err());
        Out bad = run("check", file("raw.mms", "scenario \"t\"\n\u001b[31m\n").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("\\x1b"), bad.err());
        assertTrue(bad.err().chars().noneMatch(c -> c == 0x1b), bad.err());
    }

    @Test
    void reportsAreWellFormedAndEscapedWhateverTheScenarioWrote() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path f = in.resolve("nc.mms");
        Files.writeString(f, "scenario \"non-characters \uFFFE\uFFFF \\x1b[31m\"\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "expect app: read buf == \"\\x07\"\n");
        Path outDir = dir.resolve("out");
        assertEquals(1, run("report", in.toString(), "--out", outDir.toString()).code());
        assertEquals(1, run("run", f.toString(), "--report", dir.resolve("r.xml").toString(), "--report", dir.resolve("r.md").toString()).code());
        for (Path xml : new Path[] { outDir.resolve("junit.xml"), dir.resolve("r.xml") }) {
            org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
            assertEquals("non-characters \\ufffe\\uffff \\x1b[31m [linux-6.12]",
                    ((org.w3c.dom.Element) d.getElementsByTagName("testsuite").item(0)).getAttribute("name"), xml.toString());
        }
        String md = Files.readString(dir.resolve("r.md"));
        assertTrue(md.contains("\\x1b[31m") && md.contains("\\x07"), md);
        assertTrue(md.chars().noneMatch(c -> c < 0x20 && c != '\n'), md);
    }

    @Test
    void validationErrorExitsTwoWithFileLineColumn() throws IOException {
        Path f = file("bad.mms", "scenario \"bad\"\nprocess app\napp: write nothing \"x\"\n");
        Out r = run("run", f.toString());
        assertEquals(2, r.code());
        assertEquals(f + ":3:12: error: 'app' has no mapping named 'nothing'\n", r.err());
        assertEquals(2, run("check", f.toString()).code());
    }

    @Test
    void garbageNeverProducesAStackTrace() throws IOException {
        for (String text : new String[] { "", "\u0000\u0001\u00ff", "scenario", "scenario \"x\" machine { ram 99999999999999999999 GiB }",
                "scenario \"x\"\nprocess p\np: a = mmap anon 1 page\np: write a \"\\x4\"", "}}}}{{{{" }) {
            Out r = run("run", file("g.mms", text).toString());
            assertEquals(2, r.code(), text);
            assertFalse((r.out() + r.err()).contains("Exception"), r.err());
            assertFalse((r.out() + r.err()).contains("\tat "), r.err());
        }
        Out missing = run("run", dir.resolve("missing.mms").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("missing.mms:1:1: error: cannot read"), missing.err());
    }

    @Test
    void stepBudgetIsAClearFailure() throws IOException {
        Out r = run("run", "--max-steps", "1", file("a.mms", PASSING).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("step budget of 1 steps exceeded at line 5"), r.out());
    }

    @Test
    void reportsAreWrittenInEachFormat() throws IOException {
        Path f = file("a.mms", PASSING);
        Out r = run("run", f.toString(), "--report", dir.resolve("r.html").toString(), "--report", dir.resolve("r.json").toString(),
                "--report", dir.resolve("r.md").toString(), "--report", dir.resolve("r.xml").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("r.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(dir.resolve("r.json")).contains("\"schemaVersion\": 2"));
        assertTrue(Files.readString(dir.resolve("r.md")).startsWith("# mmscope report"));
        assertTrue(Files.readString(dir.resolve("r.xml")).contains("<testsuite name=\"ok [linux-6.12]\" tests=\"1\" failures=\"0\""));
    }

    @Test
    void unwritableReportIsAClearErrorAndLeavesNothingBehind() throws IOException {
        Path f = file("a.mms", PASSING);
        Out r = run("run", f.toString(), "--report", dir.resolve("no/such/dir/r.html").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot write report"), r.err());
        assertEquals(2, run("run", f.toString(), "--report", dir.resolve("r.pdf").toString()).code());
    }

    @Test
    void exploreFindsTheFailingInterleavingAndWritesARunnableCounterexample() throws IOException {
        Path f = file("race.mms", "scenario \"race\"\nkernel linux-2.6.31\ndevice nic\nprocess parent\n"
                + "parent: buf = mmap anon 1 page read write\nparent: write buf \"old\"\nparent: rx = pin buf write\n"
                + "nic: map rx from_device\nparent: child = fork\nparallel {\n    child: write buf \"kid\"\n    parent: write buf \"new\"\n"
                + "    kernel: reclaim\n}\nnic: dma write rx \"DMA\"\nexpect parent: read buf == \"DMA\"\n");
        assertEquals(0, run("run", f.toString()).code(), "the written order is safe");
        Out r = run("explore", f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith(f + ": 6 schedule(s), 3 failing"), r.out()); // 3!/1 orders of three actors
        Path ce = dir.resolve("race.counterexample.mms");
        assertTrue(r.out().contains("counterexample: " + ce), r.out());
        Out again = run("run", ce.toString());
        assertEquals(1, again.code(), "the counterexample reproduces the failure: " + again.out() + again.err());
        Path calm = file("calm.mms", PASSING);
        Out ok = run("explore", calm.toString());
        assertEquals(0, ok.code());
        assertTrue(ok.out().contains("1 schedule(s), 0 failing"), ok.out());
    }

    @Test
    void reportCommandWritesAPagePerScenarioAndAnIndex() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.mms"), PASSING);
        Files.writeString(in.resolve("b.mms"), PASSING.replace("== \"hi\"", "== \"no\""));
        Path outDir = dir.resolve("out");
        Out r = run("report", in.toString(), "--out", outDir.toString());
        assertEquals(1, r.code(), "b fails");
        assertTrue(r.err().contains("[2/2] " + in.resolve("b.mms")), r.err());
        String index = Files.readString(outDir.resolve("index.html"));
        assertTrue(index.contains("1 of 2 scenarios hold in every era."), index);
        assertTrue(index.contains("href=\"001-a.html\"") && index.contains("href=\"002-b.html\""), index);
        assertTrue(Files.exists(outDir.resolve("001-a.html")) && Files.exists(outDir.resolve("report.json"))
                && Files.exists(outDir.resolve("junit.xml")));
    }

    @Test
    void helpAndVersion() {
        Out h = run("--help");
        assertEquals(0, h.code());
        for (String cmd : new String[] { "run", "check", "explore", "report", "lsp", "bench" }) {
            assertTrue(h.out().contains("  " + cmd + " "), cmd + " missing in " + h.out());
        }
        Out v = run("--version");
        assertTrue(v.out().startsWith("mmscope 0.1.0\nkernel eras: linux-2.6.31, linux-5.10, linux-6.12"), v.out());
    }
}
