package org.mmscope.fuzz;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests over parser, validator, interpreter (every era), explorer and the report writers
 * ({@link ScenarioPipeline}). In the normal build they replay their inputs directories
 * ({@code src/test/resources/org/mmscope/fuzz/ScenarioFuzzTestInputs/<test>/}); {@code scripts/fuzz-campaign.sh}
 * fuzzes them. The per-input time limit is the {@link Watchdog}.
 */
class ScenarioFuzzTest {
    /**
     * Arbitrary bytes as a scenario file (UTF-8, malformed sequences replaced as a reader would). Its inputs
     * directory is the readable regression corpus: issue 16's inputs and what the campaigns found, one .mms each.
     */
    @FuzzTest
    void scenarioText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Watchdog.within("the scenario", () -> ScenarioPipeline.check(text));
    }

    /** Grammar-aware mutations of the examples and shared cases ({@link ScenarioMutator}). */
    @FuzzTest
    void mutatedExamples(FuzzedDataProvider data) {
        String text = ScenarioMutator.mutate(data); // here: the provider is valid only in the fuzzer's thread
        Watchdog.within("the scenario", () -> ScenarioPipeline.check(text));
    }
}
