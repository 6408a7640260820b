package org.mmscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.era.Linux510;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;

/**
 * The linux-5.10 outcome of every shared case and example that does not name linux-5.10 itself (the shared
 * cases are written for two eras and stay as they are): the file runs under linux-5.10 with every expectation
 * evaluated, whatever era it is tagged for, and exactly the lines below fail — so an expectation tagged
 * {@code [linux-2.6.31]} that holds in 5.10 says "5.10 does what 2.6.31 did". Each entry was reasoned from the
 * 5.10.262 sources (see docs/ENGINE.md, the linux-5.10 column).
 */
class Linux510OutcomesTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.create();

    /** File name → the lines whose expectation fails in linux-5.10 (with all era tags dropped). */
    private static final Map<String, List<Integer>> FAILING = Map.ofEntries(
            // the long-term pin stays in ZONE_MOVABLE (check_and_migrate_cma_pages), as in 2.6.31 (line 25 holds), and
            // offline_pages retries until signalled: EINTR, neither 2.6.31's EAGAIN (29) nor 6.12's success (30)
            Map.entry("07-hot-remove.mms", List.of(26, 29, 30)));

    static Stream<Path> files() throws IOException {
        List<Path> all = new ArrayList<>(Files.sharedCases());
        all.addAll(Files.examples());
        return all.stream().filter(p -> !LOADER.load(p).scenario().eras().contains(Linux510.NAME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void runsUnderLinux510AsTheTableSays(Path file) {
        Scenario s = LOADER.load(file).scenario();
        List<Scenario.Item> untagged = s.items().stream()
                .map(i -> i instanceof Scenario.ExpectItem e ? new Scenario.ExpectItem(e.line(), List.of(), e.expect(), e.text()) : i)
                .toList();
        EraRun run = new ScenarioRunner().runEra(new Scenario(s.title(), s.source(), List.of(Linux510.NAME), s.machine(), untagged),
                new Linux510());
        assertNull(run.violation(), () -> "invariant violated: " + run.violation());
        Map<Integer, String> failed = new TreeMap<>();
        for (ExpectationResult e : run.expectations()) {
            if (!e.passed()) {
                failed.put(e.line(), e.text() + " (found " + e.actual() + ")");
            }
        }
        String name = file.getFileName().toString();
        assertEquals(FAILING.getOrDefault(name, List.of()), List.copyOf(failed.keySet()),
                () -> name + " in linux-5.10:\n" + failed.entrySet().stream().map(x -> "line " + x.getKey() + ": " + x.getValue())
                        .collect(Collectors.joining("\n")));
    }
}
