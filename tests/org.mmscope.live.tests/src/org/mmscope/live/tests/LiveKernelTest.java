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
        assertEquals("present excl map=1 \"q\\\"uote\\\\ %s%n%d\\x0a*/ \"", afterWrite.rows().get(0).kernel(), "the kernel's page, up to the NUL");
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
}
