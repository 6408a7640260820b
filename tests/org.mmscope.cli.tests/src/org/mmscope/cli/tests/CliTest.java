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
                { "process app\napp: buf = mmap anon 99999999999 GiB read\n",
                        ":3:22: error: a mapping must fit in the 47-bit user address space" } };
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
        assertEquals(1,
                run("run", f.toString(), "--report", dir.resolve("r.xml").toString(), "--report", dir.resolve("r.md").toString()).code());
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
    void stepBudgetIsAClearFailureNotAnInvariantViolation() throws IOException {
        Path f = file("a.mms", PASSING);
        Out r = run("run", "--max-steps", "1", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(f + ":5:1: error: linux-2.6.31: step budget of 1 steps exceeded at line 5 (raise it with --max-steps)"),
                r.err());
        assertFalse(r.out().contains("INVARIANT"), r.out());
        assertTrue(r.out().contains("    not evaluated  line 6: expect app: read buf == \"hi\"\n"), r.out());
    }

    private static final String HUGE_TOUCH = "scenario \"runaway\"\nprocess app\napp: buf = mmap anon 1000000000 pages read write\n"
            + "expect ok\napp: touch buf\nexpect app.buf[0] present\nexpect ok\n";

    @Test
    void aRunawayTouchStopsAtOnceNamingTheBudgetAndItsFlag() throws IOException {
        Path f = file("huge.mms", HUGE_TOUCH);
        long t0 = System.nanoTime();
        Out r = run("run", "--max-steps", "10", f.toString());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(f + ":5:1: error: linux-6.12: page budget exceeded: the step touches 1000000000 pages, more than 1048576 per step "
                + "(raise it with --max-pages-per-step)\n", r.err());
        assertFalse(r.out().contains("INVARIANT"), r.out());
        assertTrue(r.out().contains("    PASS  line 4: expect ok\n    STOPPED at line 5: page budget exceeded"), r.out());
        assertTrue(r.out().contains("    not evaluated  line 6: expect app.buf[0] present\n    not evaluated  line 7: expect ok\n"),
                r.out());
        assertTrue(r.out().contains("FAILED: 1/1 expectations hold, 2 not evaluated"), r.out());
        Out ptes = run("run", "--max-pages-per-step", "2000000000", "--max-ptes", "1000", f.toString());
        assertEquals(1, ptes.code());
        assertTrue(ptes.err().contains(f + ":5:1: error: linux-6.12: PTE budget exceeded: more than 1000 page table entries at once "
                + "(raise it with --max-ptes)"), ptes.err());
        Path w = file("frames.mms", HUGE_TOUCH.replace("1000000000 pages", "64 pages").replace("app: touch buf", "app: write buf \"x\""));
        Out frames = run("run", "--max-frames", "20", "--json", w.toString());
        assertEquals(1, frames.code());
        assertTrue(frames.err().contains(w + ":5:1: error: linux-6.12: frame budget exceeded: more than 20 frames allocated at once "
                + "(raise it with --max-frames)"), frames.err());
        assertTrue(frames.out().contains("\"budgetExceeded\": {"), frames.out());
    }

    @Test
    void aOnePebibyteMachineRunsAtOnce() throws IOException {
        Path f = file("pib.mms",
                "scenario \"1 PiB\"\nmachine {\n    ram 1048576 GiB\n}\nprocess app\napp: buf = mmap anon 2 pages read write\n"
                        + "app: write buf \"x\"\nkernel: offline block 8388607\nexpect ok\nexpect app: read buf == \"x\"\n");
        long t0 = System.nanoTime();
        Out r = run("run", f.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(ms < 5000, "took " + ms + " ms");
    }

    @Test
    void negativeBudgetsAndLimitsAreUsageErrors() throws IOException {
        Path f = file("a.mms", PASSING);
        Out steps = run("run", "--max-steps", "-1", f.toString());
        assertEquals(2, steps.code());
        assertEquals("mmscope: --max-steps must not be negative (got -1)\n", steps.err());
        assertEquals(2, run("run", "--timeout", "-5", f.toString()).code());
        assertEquals(2, run("run", "--max-pages-per-step", "0", f.toString()).code());
        assertEquals(2, run("explore", "--limit", "-1", f.toString()).code());
        Out zero = run("explore", "--limit", "0", f.toString());
        assertEquals(2, zero.code(), zero.out());
        assertEquals("mmscope: --limit must be at least 1 (got 0)\n", zero.err());
        assertEquals(2, run("explore", "--max-steps", "-3", f.toString()).code());
    }

    @Test
    void fileProblemsAreWordsAndNeverHideTheOtherFiles() throws IOException {
        Path good = file("good.mms", PASSING);
        Path folder = Files.createDirectories(dir.resolve("folder.mms"));
        Out r = run("run", folder.toString(), good.toString(), dir.resolve("gone.mms").toString());
        assertEquals(2, r.code(), "the worst of the files");
        assertTrue(r.err().contains(folder + ":1:1: error: cannot read: it is a directory, not a scenario file"), r.err());
        assertTrue(r.err().contains("gone.mms:1:1: error: cannot read: no such file or directory"), r.err());
        assertTrue(r.out().contains(good + ": ok\n  linux-2.6.31:\n    PASS  line 6"), "the good file still ran: " + r.out());
        Out failing = run("run", file("b.mms", PASSING.replace("== \"hi\"", "== \"ho\"")).toString(), good.toString());
        assertEquals(1, failing.code());
        assertTrue(failing.out().contains(good + ": ok"), failing.out());
        Out report = run("run", good.toString(), "--report", dir.resolve("no/such/dir/r.html").toString());
        assertTrue(report.err().contains("cannot write report " + dir.resolve("no/such/dir/r.html") + ": the folder "
                + dir.resolve("no/such/dir") + " does not exist"), report.err());
        assertFalse(report.err().contains(".tmp") || report.err().contains("Exception"), report.err());
        String all = r.out() + r.err() + failing.out() + failing.err();
        assertFalse(all.contains("Exception") || all.contains("java."), all);
    }

    @Test
    void exploreCreatesItsOutputFolderAndBenchNamesTheEras() throws IOException {
        Path f = file("race.mms", "scenario \"race\"\nprocess app\napp: buf = mmap anon 1 page read write\nparallel {\n"
                + "    app: write buf \"a\"\n}\nexpect app: read buf == \"b\"\n");
        Path out = dir.resolve("missing/dir");
        Out r = run("explore", "--out", out.toString(), f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(Files.exists(out.resolve("race.counterexample.mms")), r.out() + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Out bench = run("bench", "--era", "bogus");
        assertEquals(2, bench.code());
        assertEquals("mmscope: unknown kernel era 'bogus' (known: linux-2.6.31, linux-5.10, linux-6.12)\n", bench.err());
    }

    @Test
    void exploreOfThousandsOfParallelBlocksDoesNotOverflowTheStack() throws IOException {
        StringBuilder b = new StringBuilder("scenario \"many blocks\"\nprocess app\nprocess other\napp: buf = mmap anon 1 page read write\n"
                + "other: buf = mmap anon 1 page read write\n");
        for (int i = 0; i < 3000; i++) {
            b.append("parallel {\n    app: write buf \"a\"\n    other: write buf \"o\"\n}\n");
        }
        b.append("expect app: read buf == \"a\"\n");
        Out r = run("explore", "--quiet", file("many.mms", b.toString()).toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("linux-6.12: PASS  "), r.out());
        long states = Long.parseLong(r.out().replaceAll("(?s).*schedule\\(s\\), ([0-9,]+) distinct.*", "$1").replace(",", ""));
        assertTrue(states < 10 * 3000,
                "the orders of each block merge again after it: states grow with the blocks, not 2^blocks: " + r.out());
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
        Path f = file("race.mms", "scenario \"race\"\nkernel linux-2.6.31, linux-6.12\ndevice nic\nprocess parent\n"
                + "parent: buf = mmap anon 1 page read write\nparent: write buf \"old\"\nparent: rx = pin buf write\n"
                + "nic: map rx from_device\nparent: child = fork\nparallel {\n    child: write buf \"kid\"\n    parent: write buf \"new\"\n"
                + "    kernel: reclaim\n}\nnic: dma write rx \"DMA\"\nexpect parent: read buf == \"DMA\"\n");
        assertEquals(0, run("run", f.toString()).code(), "the written order is safe");
        Out r = run("explore", "--out", dir.toString(), "--report", dir.resolve("ce.html").toString(), f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  linux-2.6.31: FAIL  "), r.out());
        assertTrue(r.out().contains("  linux-6.12: PASS  "), "only the era that fails fails: " + r.out());
        Path ce = dir.resolve("race.counterexample.mms");
        assertTrue(r.out().contains("counterexample: " + ce), r.out());
        String text = Files.readString(ce);
        assertTrue(text.contains("\nkernel linux-2.6.31   // the eras this schedule fails in\n"), text);
        assertTrue(text.contains("linux-2.6.31: line 16: expect parent: read buf == \"DMA\" fails"), text);
        Out again = run("run", ce.toString());
        assertEquals(1, again.code(), "the counterexample reproduces the failure: " + again.out() + again.err());
        assertTrue(again.out().contains("FAIL  line"), again.out());
        assertTrue(Files.readString(dir.resolve("ce.html")).contains("race"), "the counterexample's run as a report");
        Out only612 = run("explore", "--kernel", "linux-6.12", "--out", dir.resolve("b").toString(), f.toString());
        assertEquals(0, only612.code(), only612.out() + only612.err());
        assertFalse(only612.out().contains("linux-2.6.31"), only612.out());
        Path calm = file("calm.mms", PASSING);
        Out ok = run("explore", "--out", dir.toString(), calm.toString());
        assertEquals(0, ok.code());
        assertTrue(ok.out().contains("PASS  1 schedule(s)"), ok.out());
    }

    @Test
    void exploreInsertsKernelEventsWhenAskedAndRejectsUnknownOnes() throws IOException {
        Path f = file("early.mms", "scenario \"early put_page\"\nkernel linux-6.12\ndevice nic\nprocess app\n"
                + "app: buf = mmap anon 1 page read write\napp: write buf \"old\"\napp: mlock buf\napp: rx = get_user_pages buf write\n"
                + "nic: map rx from_device\napp: put_page rx\nnic: dma write rx \"DMA\"\nexpect app: read buf == \"DMA\"\n");
        assertEquals(0, run("explore", "--out", dir.toString(), f.toString()).code());
        assertEquals(0, run("explore", "--out", dir.toString(), "--with", "reclaim", f.toString()).code(), "mlocked: reclaim leaves it");
        Out m = run("explore", "--out", dir.toString(), "--with", "migrate", f.toString());
        assertEquals(1, m.code(), m.out() + m.err());
        String ce = Files.readString(dir.resolve("early.counterexample.mms"));
        assertTrue(ce.contains("app: put_page rx\nkernel: migrate app.buf[0]   // inserted by mmscope explore\nnic: dma write"), ce);
        assertEquals(1, run("run", dir.resolve("early.counterexample.mms").toString()).code());
        Out bad = run("explore", "--with", "reclaim,swapstorm", f.toString());
        assertEquals(2, bad.code());
        assertEquals("mmscope: unknown kernel event 'swapstorm' for --with (known: reclaim, migrate, compact, offline)\n", bad.err());
        Out budget = run("explore", "--out", dir.toString(), "--with", "reclaim,migrate,compact", "--max-events", "3", "--max-states", "5",
                f.toString());
        assertEquals(1, budget.code(), budget.out() + budget.err());
        assertTrue(budget.err().contains("state budget of 5 distinct states reached (raise it with --max-states)"), budget.err());
        assertTrue(budget.out().contains("linux-6.12: INCOMPLETE") || budget.out().contains("linux-6.12: FAIL"), budget.out());
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
        assertTrue(v.out().startsWith("mmscope 0.1.0\ncommit "), v.out());
        assertTrue(v.out().contains("\nkernel eras: linux-2.6.31, linux-5.10, linux-6.12\n"), v.out());
    }
}
