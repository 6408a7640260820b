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
     * Arbitrary bytes as a scenario text (UTF-8; malformed sequences become U+FFFD, where the command line would
     * refuse the file as "not UTF-8 text" before parsing). Its inputs
     * directory is the readable regression corpus: issue 16's inputs and what the campaigns found, one .mms each.
     */
    @FuzzTest
    void scenarioText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        checkShowingInput(text);
    }

    /** Grammar-aware mutations of the examples and shared cases ({@link ScenarioMutator}). */
    @FuzzTest
    void mutatedExamples(FuzzedDataProvider data) {
        checkShowingInput(ScenarioMutator.mutate(data)); // mutated here: the provider is valid only in the fuzzer's thread
    }

    /**
     * Checks one input; when it fails, its text goes to stderr first, so that a finding of the mutating test can be
     * added to the readable corpus of {@link #scenarioText}. The failure itself is rethrown as it is: wrapping it
     * would give every finding the same deduplication token.
     */
    private static void checkShowingInput(String text) {
        try {
            Watchdog.within("the scenario", () -> ScenarioPipeline.check(text));
        } catch (RuntimeException | Error e) {
            System.err.println(
                    "---- mmscope fuzz input that failed (" + text.length() + " chars) ----\n" + text + "\n---- end of input ----");
            throw e;
        }
    }
}
