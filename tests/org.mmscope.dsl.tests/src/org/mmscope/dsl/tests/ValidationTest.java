package org.mmscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;

/** One test per validation rule: the message, and the line:column of the token it points at. */
class ValidationTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.create();
    private static final String HEAD = "scenario \"t\"\nkernel linux-2.6.31, linux-6.12\ndevice nic\nprocess app\n"
            + "app: buf = mmap anon 2 pages read write\n"; // lines 1-5

    private static List<ScenarioLoader.Problem> problems(String text) {
        return LOADER.load(text, "t.mms").problems();
    }

    private static void assertProblem(String text, int line, int column, String fragment) {
        List<ScenarioLoader.Problem> ps = problems(text);
        assertTrue(ps.stream().anyMatch(p -> p.line() == line && p.column() == column && p.message().contains(fragment)),
                "expected " + line + ":" + column + " '" + fragment + "' in " + ps);
    }

    @Test
    void validFileHasNoProblems() {
        assertEquals(List.of(), problems(HEAD + "app: rx = pin buf write\nnic: map rx from_device\nexpect app.buf[1] absent\n"));
    }

    @Test
    void unknownEra() {
        assertProblem("scenario \"t\"\nkernel linux-4.4\n", 2, 8, "unknown kernel era 'linux-4.4'");
    }

    @Test
    void expectationForAnEraNotRun() {
        assertProblem(HEAD + "expect [linux-5.10] ok\n", 6, 9, "not one of the eras");
    }

    @Test
    void pinUserPagesIn2631() {
        assertProblem(HEAD + "app: rx = pin_user_pages buf write\n", 6, 11, "pin_user_pages does not exist in linux-2.6.31");
    }

    @Test
    void unpinUserPagesIn2631() {
        assertProblem("scenario \"t\"\nkernel linux-2.6.31\nprocess app\napp: b = mmap anon 1 page read write\napp: h = get_user_pages b\n"
                + "app: unpin_user_pages h\n", 6, 6, "unpin_user_pages does not exist in linux-2.6.31");
    }

    @Test
    void wipeonforkAndPageoutIn2631() {
        assertProblem(HEAD + "app: madvise buf wipeonfork\n", 6, 18, "MADV_WIPEONFORK does not exist in linux-2.6.31");
        assertProblem(HEAD + "app: madvise buf pageout\n", 6, 18, "MADV_PAGEOUT does not exist in linux-2.6.31");
    }

    @Test
    void aTextThatDoesNotFitInAPageIsCutWithAWarning() {
        String small = "scenario \"t\"\nkernel linux-6.12\nmachine {\n    ram 64 MiB\n    page 16 KiB\n}\ndevice nic\nprocess app\n"
                + "app: buf = mmap anon 2 pages read write\napp: rx = pin buf write\nnic: map rx from_device\n";
        String fits = "y".repeat(16 * 1024 - 1);
        String cut = fits + "y";
        ScenarioLoader.Loaded ok = LOADER.load(small + "app: write buf \"" + fits + "\"\nnic: dma write rx \"" + fits + "\"\n", "t.mms");
        assertEquals(List.of(), ok.problems(), "16,383 bytes and the zero byte fill a 16 KiB page exactly");
        ScenarioLoader.Loaded l = LOADER.load(small + "app: write buf \"" + cut + "\"\nnic: dma write rx \"" + cut + "\"\n", "t.mms");
        assertFalse(l.hasErrors(), "a warning: the run goes on and cuts the store");
        assertEquals(List.of(
                "t.mms:12:16: warning: the text is 16384 bytes and a page holds 16384: with its zero byte it does not fit, so the store "
                        + "is cut at the end of each page (a read returns the first 16384 bytes)",
                "t.mms:13:19: warning: the text is 16384 bytes and a page "
                        + "holds 16384: with its zero byte it does not fit, so the store is cut at the end of each page (a read returns the first 16384 bytes)"),
                l.problems().stream().map(Object::toString).toList());
    }

    @Test
    void longtermIn2631IsAWarningOnly() {
        ScenarioLoader.Loaded l = LOADER.load(HEAD + "app: rx = pin buf write longterm\nexpect ok\n", "t.mms");
        assertFalse(l.hasErrors());
        assertTrue(
                l.problems().get(0).toString()
                        .equals("t.mms:6:25: warning: 'longterm' has no effect in linux-2.6.31 (FOLL_LONGTERM came with 5.2)"),
                l.problems().toString());
    }

    @Test
    void getUserPagesLongtermIn612WarnsThatItFailsWithEinval() {
        String text = "scenario \"t\"\nkernel linux-6.12\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "app: rx = get_user_pages buf write longterm\n";
        ScenarioLoader.Loaded l = LOADER.load(text, "t.mms");
        assertFalse(l.hasErrors(), "a warning, as the kernel's WARN_ON_ONCE: the step runs and fails");
        assertEquals("t.mms:5:36: warning: get_user_pages with 'longterm' fails with EINVAL in linux-6.12 (FOLL_LONGTERM needs FOLL_PIN: "
                + "use pin_user_pages or pin)", l.problems().get(0).toString());
    }

    @Test
    void wrongReleaseCall() {
        assertProblem(HEAD + "app: rx = get_user_pages buf\napp: unpin rx\n", 7, 6, "release it with put_page");
        assertProblem(HEAD + "app: rx = pin buf\napp: put_page rx\n", 7, 6, "release it with unpin");
    }

    @Test
    void rangeOutOfBounds() {
        assertProblem(HEAD + "app: write buf[2] \"x\"\n", 6, 16, "page 2 is out of bounds: 'buf' has 2 page(s)");
        assertProblem(HEAD + "expect app.buf[7] present\n", 6, 16, "page 7 is out of bounds");
    }

    @Test
    void namesUsedBeforeTheyExist() {
        assertProblem(HEAD + "app: write other \"x\"\n", 6, 12, "'app' has no mapping named 'other'");
        assertProblem(HEAD + "bob: touch buf\n", 6, 1, "unknown process or device 'bob'");
        assertProblem(HEAD + "nic: map rx to_device\n", 6, 10, "unknown handle 'rx'");
        assertProblem(HEAD + "expect child.buf[0] present\napp: child = fork\n", 6, 8, "unknown process 'child'");
        assertProblem(HEAD + "expect gpu: dma read buf == \"x\"\n", 6, 8, "unknown device 'gpu'");
        assertProblem(HEAD + "expect bob: read buf == \"x\"\n", 6, 8, "unknown process 'bob'");
    }

    @Test
    void forkedChildInheritsNamesAndOwnNamesStayPrivate() {
        assertEquals(List.of(), problems(HEAD + "app: child = fork\nchild: write buf \"c\"\nexpect child.buf[1] absent\n"));
        assertProblem(HEAD + "app: child = fork\nchild: x = mmap anon 1 page read\napp: touch x\n", 8, 12,
                "'app' has no mapping named 'x'");
    }

    @Test
    void duplicateNames() {
        assertProblem(HEAD + "app: buf = mmap anon 1 page read\n", 6, 6, "already has a mapping named 'buf'");
        assertProblem(HEAD + "app: nic = fork\n", 6, 6, "duplicate name 'nic'");
        assertProblem(HEAD + "app: h = pin buf\napp: h = pin buf\n", 7, 6, "duplicate handle 'h'");
    }

    @Test
    void keywordsThatCannotStartOrEndAStatementAreNames() {
        String text = "scenario \"k\"\nkernel linux-6.12\ndevice pinned\nprocess anon\nprocess shared\n"
                + "shared: own = mmap anon 1 page read write shared\nshared: write own \"s\"\n" // a name after a flag of its spelling
                + "anon: file = mmap anon 2 pages read write\nanon: page = fork\npage: write file[1] \"x\"\n"
                + "anon: shared = pin file[0] write\npinned: map shared from_device\npinned: dma write shared \"d\"\n"
                + "expect anon.file[0] pinned\nexpect anon: read file[0] == \"d\"\nexpect page: read file[1] == \"x\"\n"
                + "expect shared: read own == \"s\"\n";
        ScenarioLoader.Loaded l = LOADER.load(text, "k.mms");
        assertEquals(List.of(), l.problems());
        assertTrue(new org.mmscope.engine.scenario.ScenarioRunner().run(l.scenario()).passed(),
                "names spelled like keywords run as any name");
    }

    @Test
    void aReservedKeywordAsANameSaysItIsAKeyword() {
        assertProblem("scenario \"t\"\nprocess map\n", 2, 9, "`map` is a keyword and cannot be a name");
        assertProblem(HEAD + "app: write = mmap anon 1 page read\n", 6, 12, "`write` is a keyword and cannot be a name");
        assertProblem(HEAD + "app: h = pin buf\nnic: map expect to_device\n", 7, 10, "`expect` is a keyword and cannot be a name");
    }

    @Test
    void aNameIsTheLatestVisibleDeclarationInFileOrder() {
        // the child keeps the mapping it inherited; the parent's later mapping of another name is not the child's
        assertProblem(HEAD + "app: child = fork\napp: late = mmap anon 1 page read\nchild: touch late\n", 8, 14,
                "'child' has no mapping named 'late'");
        // a handle exists from the step after the one that takes it
        assertProblem(HEAD + "nic: map rx to_device\napp: rx = pin buf\n", 6, 10, "unknown handle 'rx'");
        // the owner is what is wrong: one message, at the owner
        List<ScenarioLoader.Problem> ps = problems(HEAD + "expect bob.buf[0] present\n");
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("t.mms:6:8: error: unknown process 'bob'", ps.get(0).toString());
    }

    @Test
    void wrongActor() {
        assertProblem(HEAD + "nic: write buf \"x\"\n", 6, 6, "'nic' is a device");
        assertProblem(HEAD + "app: reclaim\n", 6, 6, "only 'kernel:' does this");
        assertProblem(HEAD + "kernel: touch app.buf\n", 6, 9, "the kernel cannot do this");
    }

    @Test
    void machineSizes() {
        assertProblem("scenario \"t\"\nmachine {\n ram 64 MiB\n zone normal 32 MiB\n}\n", 3, 2, "the zones add up to");
        assertProblem("scenario \"t\"\nmachine {\n ram 64 MiB\n swap 100 B\n}\n", 4, 2, "not a whole number of 4096-byte pages");
    }

    @Test
    void blockAndPageSizes() {
        assertProblem("scenario \"t\"\nmachine {\n ram 64 MiB\n block 128 MiB\n}\n", 4, 2,
                "a memory block must hold at least one page and fit in ram");
        assertProblem("scenario \"t\"\nmachine {\n page 2 KiB\n}\n", 3, 7, "page size must be 4 KiB, 16 KiB or 64 KiB");
        assertProblem("scenario \"t\"\nmachine {\n ram 0 MiB\n}\n", 3, 2, "ram must not be empty");
    }

    @Test
    void negationOnlyWhereItMeansSomething() {
        assertProblem(HEAD + "expect app.buf[0] not present\n", 6, 19, "'not' goes with pinned, moved or same frame as");
    }

    @Test
    void kernelStepsNameTheProcess() {
        assertProblem(HEAD + "kernel: migrate buf\n", 6, 17, "name the process: p.buf");
    }

    @Test
    void emptyRange() {
        assertProblem(HEAD + "app: write buf[1..0] \"x\"\n", 6, 19, "empty range [1..0]");
    }

    @Test
    void unknownErrnoAndHazard() {
        assertProblem(HEAD + "expect error ENOTREAL\n", 6, 14, "unknown error name 'ENOTREAL'");
        assertProblem(HEAD + "expect hazard dma-gone\n", 6, 15, "unknown hazard 'dma-gone'");
    }

    @Test
    void syntaxErrorsAndBadEscapesArePositioned() {
        assertProblem(HEAD + "app: write buf \"a\\q\"\n", 6, 16, "unknown escape \\q");
        List<ScenarioLoader.Problem> ps = problems(HEAD + "app: mmap buf\n");
        assertTrue(ps.stream().anyMatch(p -> p.line() == 6 && p.error()), ps.toString());
    }

    @Test
    void escapesReachTheEngine() {
        ScenarioLoader.Loaded l = LOADER.load(HEAD + "app: write buf \"q\\\"\\\\\\x41\"\nexpect app: read buf[0] == \"q\\\"\\\\A\"\n",
                "t.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        assertTrue(new org.mmscope.engine.scenario.ScenarioRunner().run(l.scenario()).passed());
    }
}
