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

    /**
     * The cursor (issue 12): at every step boundary of the run, seeking back from the end and forward again gives
     * exactly the state the run had there, with nothing of the recorded future lost; inside each step, every
     * kernel call's entry and exit is reached alike from both directions; and with checkpoints only at boot,
     * stateAt (a replay that includes what expectations faulted in) agrees with the cursor.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theCursorReachesEveryRecordedPositionInPlace(Path file) {
        org.mmscope.engine.scenario.Scenario sc = LOADER.load(file).scenario();
        for (String era : sc.eras()) {
            org.mmscope.engine.Simulation live = org.mmscope.engine.Simulation.boot(sc.machine(),
                    org.mmscope.engine.era.Eras.byName(era).orElseThrow(),
                    org.mmscope.engine.Simulation.Options.defaults().withChanges(true).withCheckpointEvery(0));
            List<String> digests = new java.util.ArrayList<>();
            digests.add(org.mmscope.engine.StateDigest.of(live.state()));
            for (org.mmscope.engine.scenario.Scenario.Item item : sc.items()) {
                switch (item) {
                case org.mmscope.engine.scenario.Scenario.StepItem st -> {
                    live.apply(st.op(), st.line());
                    digests.add(org.mmscope.engine.StateDigest.of(live.state()));
                }
                case org.mmscope.engine.scenario.Scenario.ParallelItem par -> par.steps().forEach(st -> {
                    live.apply(st.op(), st.line());
                    digests.add(org.mmscope.engine.StateDigest.of(live.state()));
                });
                case org.mmscope.engine.scenario.Scenario.ExpectItem ex -> {
                    if (ex.appliesTo(era)) {
                        live.expect(ex.expect(), ex.line()); // a read that faults belongs to the step before
                        digests.set(live.stepCount(), org.mmscope.engine.StateDigest.of(live.state()));
                    }
                }
                }
            }
            int n = live.stepCount();
            String what = file.getFileName() + " " + era;
            for (int k = n; k >= 0; k--) {
                live.seek(org.mmscope.engine.Simulation.Position.afterStep(k));
                assertEquals(digests.get(k), org.mmscope.engine.StateDigest.of(live.state()), what + ": back to step " + k);
                assertEquals(List.of(), live.kernel().indexDisagreements(), what + ": the engine's indexes at step " + k);
                assertEquals(digests.get(k), org.mmscope.engine.StateDigest.of(live.stateAt(k)), what + ": stateAt(" + k + ") replays it");
            }
            java.util.Map<String, String> inside = new java.util.HashMap<>();
            for (int k = 0; k < n; k++) {
                for (org.mmscope.engine.trace.KernelCall c : live.trace().steps().get(k).allCalls()) {
                    for (int at : new int[] { c.firstChange(), c.endChange() }) {
                        live.seek(new org.mmscope.engine.Simulation.Position(k, at));
                        inside.put(k + "/" + at, org.mmscope.engine.StateDigest.of(live.state()));
                    }
                }
                live.seek(org.mmscope.engine.Simulation.Position.afterStep(k + 1));
                assertEquals(digests.get(k + 1), org.mmscope.engine.StateDigest.of(live.state()), what + ": forward to step " + (k + 1));
                assertEquals(List.of(), live.kernel().indexDisagreements(), what + ": the engine's indexes at step " + (k + 1));
            }
            assertEquals(n, live.stepCount(), "the recorded future is kept");
            assertTrue(live.atEnd());
            for (int k = n - 1; k >= 0; k--) {
                var calls = live.trace().steps().get(k).allCalls();
                for (int i = calls.size() - 1; i >= 0; i--) {
                    for (int at : new int[] { calls.get(i).endChange(), calls.get(i).firstChange() }) {
                        live.seek(new org.mmscope.engine.Simulation.Position(k, at));
                        assertEquals(inside.get(k + "/" + at), org.mmscope.engine.StateDigest.of(live.state()),
                                what + ": step " + (k + 1) + ", " + calls.get(i).function() + " at change " + at + ", from the other side");
                    }
                }
            }
        }
    }
}
