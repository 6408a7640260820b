package org.mmscope.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.mmscope.live.Comparison;
import org.mmscope.live.LivePlan;
import org.mmscope.live.LiveTranslator;
import org.mmscope.live.PageView;
import org.mmscope.live.Snapshot;
import org.mmscope.live.Snapshot.PageKey;

/** Frames are compared as identity (sharing, moving), never as numbers; every other field as a value. */
class ComparisonTest {
    private static final PageKey PARENT = new PageKey(0, "app", "buf", 0);
    private static final PageKey CHILD = new PageKey(1, "c", "buf", 0);

    private final LivePlan plan = LiveTranslator.translate(Scenarios.app("0 B", """
            app: buf = mmap anon 1 page read write
            app: write buf "a"
            app: c = fork
            """));

    private static PageView page(long pfn, int mapcount) {
        return new PageView(PageView.State.PRESENT, pfn, false, mapcount == 1, mapcount, "a");
    }

    private static Snapshot snap(String result, PageView parent, PageView child) {
        Map<PageKey, PageView> pages = new TreeMap<>();
        pages.put(PARENT, parent);
        if (child != null) {
            pages.put(CHILD, child);
        }
        return new Snapshot(result, pages, new TreeMap<>());
    }

    @Test
    void differentFrameNumbersWithTheSameSharingAgree() {
        List<Snapshot> kernel = List.of(snap("ok", PageView.ABSENT, null), snap("ok", page(0x1234, 1), null),
                snap("ok", page(0x1234, 2), page(0x1234, 2)));
        List<Snapshot> model = List.of(snap("ok", PageView.ABSENT, null), snap("ok", page(7, 1), null), snap("ok", page(7, 2), page(7, 2)));
        List<Comparison.Step> steps = Comparison.compare(plan, kernel, model);
        assertEquals(3, steps.size());
        steps.forEach(s -> assertEquals(0, s.disagreements(), s.rows().toString()));
        assertEquals("present =app.buf[0] map=2 \"a\"", steps.get(2).rows().get(1).kernel());
    }

    @Test
    void sharingMovingStateAndOutcomeDisagreementsAreEachNamed() {
        List<Snapshot> kernel = List.of(snap("ok", PageView.ABSENT, null), snap("ok", page(0x1234, 1), null),
                snap("ok", page(0x1234, 2), page(0x1234, 2)));
        List<Snapshot> model = List.of(snap("ok", PageView.SWAPPED, null), snap("ok", page(7, 1), null),
                snap("ENOMEM", page(8, 1), page(9, 1)));
        List<Comparison.Step> steps = Comparison.compare(plan, kernel, model);
        assertEquals(List.of("state"), steps.get(0).rows().get(0).differs());
        Comparison.Step fork = steps.get(2);
        assertTrue(fork.resultDiffers());
        assertEquals(List.of("moved", "anon-exclusive", "mapcount"), fork.rows().get(0).differs());
        assertEquals(List.of("frame sharing", "anon-exclusive", "mapcount"), fork.rows().get(1).differs());
        assertEquals(3, fork.disagreements(), "the outcome and two rows");
    }
}
