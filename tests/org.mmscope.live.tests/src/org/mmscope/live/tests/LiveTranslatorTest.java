package org.mmscope.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.ops.Op;
import org.mmscope.live.LivePlan.COp;
import org.mmscope.live.LivePlan;
import org.mmscope.live.LiveProgram;
import org.mmscope.live.LiveTranslator;

/** What mmscope live translates, what it stands in for, and what it refuses — without running anything. */
class LiveTranslatorTest {
    @Test
    void theFirstUntranslatableStepEndsThePlanAndEveryLaterStepIsListed() {
        LivePlan plan = LiveTranslator.translate(Scenarios.app("0 B", """
                app: buf = mmap anon 2 pages read write
                app: write buf "x"
                kernel: migrate app.buf
                app: write buf "y"
                """));
        assertEquals(List.of(COp.MMAP_ANON, COp.WRITE), plan.steps().stream().map(s -> s.c().op()).toList());
        assertEquals(2, plan.untranslatable().size());
        assertEquals(11, plan.untranslatable().get(0).line());
        assertTrue(plan.untranslatable().get(0).reason().contains("compaction"), plan.untranslatable().get(0).reason());
        assertTrue(plan.untranslatable().get(1).reason().contains("after a step that is not translatable"));
        assertFalse(plan.complete());
    }

    @Test
    void pinsBecomeIoUringLongtermWritePinsAndTheEngineModelsTheStandIn() {
        LivePlan plan = LiveTranslator.translate(Scenarios.app("0 B", """
                app: buf = mmap anon 1 page read write
                app: rx = pin buf
                """));
        LivePlan.LiveStep pin = plan.steps().get(1);
        assertEquals(COp.PIN, pin.c().op());
        assertEquals(new Op.Gup("rx", Op.Range.all("app", "buf"), Op.GupCall.PIN_USER_PAGES, true, true), pin.op());
        assertTrue(pin.standIn().contains("FOLL_LONGTERM"), pin.standIn());
    }

    @Test
    void reclaimIsPageoutOfEveryPageAndNeedsSwap() {
        LivePlan plan = LiveTranslator.translate(Scenarios.app("64 MiB", """
                app: buf = mmap anon 1 page read write
                kernel: reclaim
                """));
        assertEquals(COp.PAGEOUT_ALL, plan.steps().get(1).c().op());
        assertNull(plan.steps().get(1).op(), "the engine expands the stand-in itself");
        assertTrue(plan.needsSwap());
        LivePlan counted = LiveTranslator.translate(Scenarios.app("64 MiB", "kernel: reclaim 5 pages\n"));
        assertTrue(counted.steps().isEmpty());
        assertTrue(counted.untranslatable().get(0).reason().contains("N pages"));
    }

    @Test
    void refusesWhatTheHostCannotDoFaithfully() {
        assertRefused("""
                app: buf = mmap anon 1 page read write
                app: rx = get_user_pages buf write
                nic: map rx from_device
                nic: dma write rx "x"
                """, "vmsplice");
        assertRefused("""
                app: buf = mmap file "f" 1 page read write shared
                app: rx = pin_user_pages buf write
                """, "check_vma_flags");
        assertRefused("""
                app: buf = mmap anon 1 page read write
                app: c = fork
                app: write c.buf "x"
                """, "another process");
        assertRefused("""
                app: buf = mmap anon 1 page read write
                app: rx = pin buf write
                app: exit
                """, "release it first");
        assertRefused("""
                app: buf = mmap anon 1 page read write
                app: rx = pin buf write
                nic: dma write rx "x"
                """, "has not mapped");
    }

    @Test
    void refusesStepsOnPagesAForkChildDidNotInherit() {
        assertRefused("""
                app: m = mmap anon 2 pages read write
                app: madvise m[1] dontfork
                app: c = fork
                c: munlock m
                """, "did not inherit m[1]");
        LivePlan inherited = LiveTranslator.translate(Scenarios.app("0 B", """
                app: m = mmap anon 2 pages read write
                app: madvise m[1] dontfork
                app: madvise m dofork
                app: c = fork
                c: munlock m
                c: d = fork
                """));
        assertTrue(inherited.complete(), () -> inherited.untranslatable().toString());
        assertRefused("""
                app: m = mmap anon 2 pages read write
                app: madvise m dontfork
                app: c = fork
                c: d = fork
                d: write m[0] "x"
                """, "d did not inherit m[0]");
    }

    @Test
    void mappingsArePlacedAtTheEnginesOffsetWithinTheFaultAroundWindow() {
        LivePlan plan = LiveTranslator.translate(Scenarios.app("0 B", """
                app: a = mmap anon 3 pages read write
                app: b = mmap file "f" 20 pages read
                app: c = fork
                c: d = mmap anon 1 page read
                """));
        // the engine: a at the 64 KiB-aligned base, a guard page, b at +4, another guard page, d at +25 (mod 16: 9)
        assertEquals(List.of(0L, 4L, 9L), plan.steps().stream().filter(s -> s.c().op() == COp.MMAP_ANON || s.c().op() == COp.MMAP_FILE)
                .map(s -> s.c().to()).toList());
    }

    private static void assertRefused(String steps, String reason) {
        LivePlan plan = LiveTranslator.translate(Scenarios.app("0 B", steps));
        assertFalse(plan.untranslatable().isEmpty(), steps);
        assertTrue(plan.untranslatable().get(0).reason().contains(reason), plan.untranslatable().get(0).reason());
    }

    @Test
    void scenarioStringsReachTheProgramOnlyAsByteArrays() {
        String nasty = "q\\\"uote\\\\ %s%n\\n*/ \\x00end";
        LivePlan plan = LiveTranslator.translate(Scenarios.parse("scenario \"evil */ \\\" %s\"\nprocess app\n"
                + "app: buf = mmap anon 1 page read write\napp: write buf \"" + nasty + "\"\n"));
        String c = LiveProgram.source(plan);
        byte[] text = plan.texts().get(0);
        assertEquals("q\"uote\\ %s%n\n*/ \0end\0", new String(text, java.nio.charset.StandardCharsets.ISO_8859_1),
                "the text and the zero byte a write stores");
        assertTrue(
                c.contains("{0x71,0x22,0x75,0x6f,0x74,0x65,0x5c,0x20,0x25,0x73,0x25,0x6e,0x0a,0x2a,0x2f,0x20,0x00,0x65,0x6e,0x64,0x00,}"),
                "bytes");
        assertFalse(c.contains("%s%n"), "no scenario text in the program, not even in comments");
        assertFalse(c.contains("evil */"), "comments cannot be closed by a title");
    }
}
