package org.mmscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.dsl.ide.bench.EditorLatency;
import org.mmscope.dsl.ide.bench.GeneratedScenario;

/** The editor-latency benchmark's own workings (its numbers are in BENCHMARKS.md; nothing here asserts a time). */
class EditorLatencyTest {
    @Test
    void theGeneratedScenarioIsValidAndAsLongAsAsked() {
        GeneratedScenario s = GeneratedScenario.of(2000);
        assertTrue(s.lineCount() >= 2000 && s.lineCount() < 2010, "lines: " + s.lineCount());
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(s.text(), "bench.mms");
        assertEquals(List.of(), l.problems(), "every name resolves: validation does all its work");
        assertTrue(s.text().contains("c49: write m49 \"c\""), "a child writes the mapping it inherited");
    }

    @Test
    void everyMeasureHasItsSamples() throws Exception {
        EditorLatency.Result r = EditorLatency.measure(300, 3);
        assertEquals(3, r.edit().samples());
        assertEquals(3, r.completion().samples());
        assertEquals(3, r.hoverName().samples());
        assertTrue(r.burstPublished() >= 1 && r.burstPublished() <= 5, "the burst's validations: " + r.burstPublished());
    }
}
