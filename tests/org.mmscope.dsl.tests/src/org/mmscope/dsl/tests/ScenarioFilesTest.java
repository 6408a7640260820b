package org.mmscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;

/** Every case of ../shared/cases and every shipped example passes, as written, in every era it names. */
class ScenarioFilesTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.create();

    static Stream<Path> files() throws IOException {
        List<Path> shared = Files.sharedCases();
        assertFalse(shared.isEmpty(), "../shared/cases must be present next to the repository");
        return Stream.concat(shared.stream(), Files.examples().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void passesAsWritten(Path file) {
        ScenarioLoader.Loaded l = LOADER.load(file);
        assertFalse(l.hasErrors(), () -> l.problems().toString());
        assertNotNull(l.scenario());
        RunResult r = new ScenarioRunner().run(l.scenario());
        for (EraRun era : r.eras()) {
            assertNull(era.violation(), era.era() + ": " + era.violation());
            String failed = era.expectations().stream().filter(e -> !e.passed())
                    .map(e -> "line " + e.line() + ": " + e.text() + " (found " + e.actual() + ")").collect(Collectors.joining("\n"));
            assertTrue(failed.isEmpty(), era.era() + ":\n" + failed);
            assertFalse(era.expectations().isEmpty(), "a scenario without expectations proves nothing");
            assertTrue(era.expectations().stream().allMatch(ExpectationResult::passed));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void incrementalInvariantChecksAgreeWithFullOnes(Path file) {
        ScenarioLoader.Loaded l = LOADER.load(file);
        RunResult full = new ScenarioRunner().run(l.scenario());
        // only what each step touched, plus the whole-state pass at the end of the run
        RunResult incremental = new ScenarioRunner(new org.mmscope.engine.Simulation.Options(true, true, 1, 1_000_000, Integer.MAX_VALUE))
                .run(l.scenario());
        for (int i = 0; i < full.eras().size(); i++) {
            assertNull(incremental.eras().get(i).violation());
            assertEquals(full.eras().get(i).expectations().stream().map(ExpectationResult::passed).toList(),
                    incremental.eras().get(i).expectations().stream().map(ExpectationResult::passed).toList());
            assertEquals(org.mmscope.engine.StateDigest.of(full.eras().get(i).simulation().state()),
                    org.mmscope.engine.StateDigest.of(incremental.eras().get(i).simulation().state()), "same final state");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyStepCanBeUndoneFromItsRecordedChanges(Path file) {
        org.mmscope.engine.scenario.Scenario sc = LOADER.load(file).scenario();
        List<org.mmscope.engine.scenario.Scenario.StepItem> steps = new java.util.ArrayList<>();
        for (org.mmscope.engine.scenario.Scenario.Item item : sc.items()) {
            if (item instanceof org.mmscope.engine.scenario.Scenario.StepItem st) {
                steps.add(st);
            } else if (item instanceof org.mmscope.engine.scenario.Scenario.ParallelItem par) {
                steps.addAll(par.steps());
            }
        }
        for (String era : sc.eras()) {
            org.mmscope.engine.Simulation sim = org.mmscope.engine.Simulation
                    .boot(sc.machine(), org.mmscope.engine.era.Eras.byName(era).orElseThrow()).recordChanges();
            List<String> digests = new java.util.ArrayList<>();
            digests.add(org.mmscope.engine.StateDigest.of(sim.state()));
            for (var st : steps) {
                sim.apply(st.op(), st.line());
                digests.add(org.mmscope.engine.StateDigest.of(sim.state()));
                assertTrue(sim.changesIn(sim.stepCount()) > 0 || sim.trace().steps().get(sim.stepCount() - 1).failed(),
                        "a successful step changes the state: " + st.text());
            }
            for (int k = steps.size(); k > 0; k--) {
                sim.stepBack();
                assertEquals(digests.get(k - 1), org.mmscope.engine.StateDigest.of(sim.state()), era + ": undoing step " + k + " (" + steps.get(k - 1).text() + ")");
                assertEquals(k - 1, sim.stepCount());
            }
            for (int k = 0; k < steps.size(); k++) { // forward again: the engine runs on the restored state as before
                sim.apply(steps.get(k).op(), steps.get(k).line());
                assertEquals(digests.get(k + 1), org.mmscope.engine.StateDigest.of(sim.state()), era + ": redoing step " + (k + 1));
            }
        }
    }
}
