package org.mmscope.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests over parser, validator, interpreter (every era), explorer and the report writers
 * ({@link ScenarioPipeline}). In the normal build they replay their inputs directories
 * ({@code src/test/resources/org/mmscope/fuzz/ScenarioFuzzTestInputs/<test>/}); {@code scripts/fuzz-campaign.sh}
 * fuzzes them. The per-input time limit is the {@link Timeout} (libFuzzer's -timeout while fuzzing).
 */
class ScenarioFuzzTest {
    /**
     * Arbitrary bytes as a scenario file (UTF-8, malformed sequences replaced as a reader would). Its inputs
     * directory is the readable regression corpus: issue 16's inputs and what the campaigns found, one .mms each.
     */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void scenarioText(byte[] input) {
        ScenarioPipeline.check(new String(input, StandardCharsets.UTF_8));
    }

    /** Grammar-aware mutations of the examples and shared cases ({@link ScenarioMutator}). */
    @FuzzTest
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedExamples(FuzzedDataProvider data) {
        ScenarioPipeline.check(ScenarioMutator.mutate(data));
    }
}
