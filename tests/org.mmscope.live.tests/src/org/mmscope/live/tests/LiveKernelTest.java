package org.mmscope.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.live.Comparison;
import org.mmscope.live.Host;
import org.mmscope.live.LiveSession;

/**
 * mmscope live against the kernel this runs on. Each test is reported as skipped, with the reason, when the
 * host cannot run generated programs (not root, no compiler, io_uring disabled). Scenarios that page memory
 * out run with --allow-swapfile: a temporary 64 MiB swap file, switched off and removed by the program.
 */
class LiveKernelTest {
    private static LiveSession.Outcome live(Scenario s, String name, StringWriter text) {
        Scenarios.assumeHostRunsLive();
        LiveSession.Outcome o = LiveSession.run(s, name, new LiveSession.Options(null, true, 120, false), new PrintWriter(text, true));
        Assumptions.assumeFalse(o.status() == LiveSession.HOST, () -> "this host cannot run " + name + ": " + o.hostProblem());
        return o;
    }

    static Stream<Path> scenarioFiles() throws IOException {
        Path cases = Scenarios.root().resolve("../shared/cases").normalize();
        Path examples = Scenarios.root().resolve("examples");
        try (Stream<Path> a = Files.list(cases); Stream<Path> b = Files.list(examples)) {
            return Stream.concat(a, b).filter(p -> p.toString().endsWith(".mms")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void theKernelDoesWhatTheEnginePredictsForEveryTranslatableStep(Path file) {
        StringWriter text = new StringWriter();
        LiveSession.Outcome o = live(Scenarios.load(file), file.getFileName().toString(), text);
        assertEquals(LiveSession.AGREE, o.status(), () -> "disagreement with the live kernel:\n" + text);
        assertTrue(o.steps().size() >= 2, () -> "at least the first steps run live:\n" + text);
        assertEquals(o.plan().steps().size(), o.steps().size(), "every translated step was compared");
    }

    @Test
    void stringsWithQuotesBackslashesPercentNewlinesAndNulArriveByteForByte() {
        StringWriter text = new StringWriter();
        LiveSession.Outcome o = live(Scenarios.app("0 B", """
                app: buf = mmap anon 1 page read write
                app: write buf "q\\"uote\\\\ %s%n%d\\n*/ \\x00tail"
                app: rx = pin buf write
                nic: map rx from_device
                nic: dma write rx "dev\\\\%x\\"\\n"
                """), "strings", text);
        assertEquals(LiveSession.AGREE, o.status(), text::toString);
        Comparison.Step afterWrite = o.steps().get(1);
        assertEquals("present excl map=1 \"q\\\"uote\\\\ %s%n%d\\x0a*/ \"", afterWrite.rows().get(0).kernel(),
                "the kernel's page, up to the NUL");
        Comparison.Step afterDma = o.steps().get(4);
        assertEquals("present excl map=1 \"dev\\\\%x\\\"\\x0a\"", afterDma.rows().get(0).kernel(),
                "the device's bytes and their zero byte over the process's: a read stops there");
    }

    @Test
    void pageoutOfAnMlockedRangeIsEinvalOnBothSides() {
        StringWriter text = new StringWriter();
        LiveSession.Outcome o = live(Scenarios.app("64 MiB", """
                app: buf = mmap anon 2 pages read write
                app: write buf "x"
                app: mlock buf[1]
                app: madvise buf pageout
                """), "mlock-pageout", text);
        assertEquals(LiveSession.AGREE, o.status(), text::toString);
        Comparison.Step pageout = o.steps().get(3);
        assertEquals("EINVAL", pageout.kernelResult(), text::toString);
        assertEquals("swapped", pageout.rows().get(0).kernel(), "the VMA before the locked one was paged out");
    }

    /** Cause 1 of the 1,500-scenario campaign: a file read fault maps the cached (read-around) neighbours, both sides. */
    @Test
    void aFileReadFaultMapsTheNeighboursOnBothSides() {
        StringWriter text = new StringWriter();
        LiveSession.Outcome o = live(Scenarios.app("0 B", """
                app: m = mmap file "f" 40 pages read
                app: read m[20]
                app: read m[3]
                """), "fault-around", text);
        assertEquals(LiveSession.AGREE, o.status(), text::toString);
        Comparison.Step read = o.steps().get(1);
        assertTrue(read.rows().get(16).kernel().startsWith("present"), text::toString);
        assertEquals("absent", read.rows().get(15).kernel(), "the window is 64 KiB, placed as the engine places it");
    }

    /** Cause 3: FOLL_WRITE on a read-only mapping is EFAULT (check_vma_flags), not the SIGSEGV of a user-space store. */
    @Test
    void aWriteGupOnAReadOnlyMappingIsEfault() {
        StringWriter text = new StringWriter();
        LiveSession.Outcome o = live(Scenarios.app("0 B", """
                app: ro = mmap anon 1 page read
                app: h = get_user_pages ro write
                app: h2 = get_user_pages ro
                """), "gup-write-readonly", text);
        assertEquals(LiveSession.AGREE, o.status(), text::toString);
        assertEquals("EFAULT", o.steps().get(1).kernelResult(), text::toString);
        assertEquals("ok", o.steps().get(2).kernelResult(), "the failed GUP left no handle behind");
    }

    /** Cause 5: a page the fork child did not inherit stays a hole, so a later mapping of the child cannot land there. */
    @Test
    void aHoleLeftByDontforkIsNotReusedInTheChild() {
        StringWriter text = new StringWriter();
        LiveSession.Outcome o = live(Scenarios.app("0 B", """
                app: m = mmap anon 3 pages read write
                app: write m "x"
                app: madvise m[2] dontfork
                app: c = fork
                c: n = mmap anon 1 page read write
                c: write n "y"
                c: h = pin_user_pages m[0] write longterm
                """), "dontfork-hole", text);
        assertEquals(LiveSession.AGREE, o.status(), text::toString);
    }
}
