package org.mmscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.explore.Counterexample;
import org.mmscope.engine.explore.EraOutcome;
import org.mmscope.engine.explore.ExploreOptions;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.explore.KernelEvent;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;

/** The state-space explorer on the shipped examples and the shared cases, per era. */
class ExplorerTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.create();

    static Scenario load(String example) {
        ScenarioLoader.Loaded l = LOADER.load(Files.root().resolve("examples").resolve(example));
        assertFalse(l.hasErrors(), () -> l.problems().toString());
        return l.scenario();
    }

    static Stream<Path> files() throws IOException {
        return Stream.concat(Files.sharedCases().stream(), Files.examples().stream());
    }

    private static Map<String, EraOutcome> byEra(Explorer.Outcome o) {
        return o.eras().stream().collect(Collectors.toMap(EraOutcome::era, Function.identity()));
    }

    @Test
    void findsTheForkRaceIn2631AndNoneIn612() {
        Map<String, EraOutcome> r = byEra(new Explorer(ExploreOptions.defaults()).explore(load("15-explore-fork-race.mms")));
        EraOutcome old = r.get("linux-2.6.31");
        assertTrue(old.failing() > 0, "the parent-first order loses the device's data in 2.6.31");
        assertTrue(old.complete());
        assertTrue(old.shortest().reason().contains("expect parent: read buf == \"DMA\""), old.shortest().reason());
        List<String> order = old.shortest().schedule().stream().map(Scenario.StepItem::text).toList();
        assertTrue(order.indexOf("parent: write buf \"new\"") < order.indexOf("child: write buf \"kid\""), order.toString());
        assertTrue(r.get("linux-6.12").passed(), "FOLL_PIN copies at fork: both orders are safe");
        assertTrue(r.get("linux-5.10").passed());
        Map<String, EraOutcome> full = byEra(
                new Explorer(ExploreOptions.defaults().withReduction(false)).explore(load("15-explore-fork-race.mms")));
        assertEquals(1, full.get("linux-6.12").schedules(), "both orders reach the same state, which is run on once");
        assertTrue(r.get("linux-6.12").transitions() < full.get("linux-6.12").transitions(),
                "in 6.12 the writes touch different frames: the reduction does not even try the second order");
        assertEquals(full.get("linux-2.6.31").transitions(), old.transitions(),
                "in 2.6.31 both writes touch the shared frame: no reduction");
    }

    @Test
    void aMigrationBetweenPutPageAndDmaIsFoundOnlyWithMigrateEvents() {
        Scenario s = load("17-mlock-is-not-a-pin-under-migration.mms");
        assertTrue(new Explorer(ExploreOptions.defaults()).explore(s).passed(), "without kernel events the written order is all there is");
        assertTrue(new Explorer(ExploreOptions.defaults().withEvents(EnumSet.of(KernelEvent.RECLAIM), 1)).explore(s).passed(),
                "reclaim leaves mlocked pages alone");
        Explorer.Outcome o = new Explorer(ExploreOptions.defaults().withEvents(EnumSet.of(KernelEvent.MIGRATE), 1)).explore(s);
        for (EraOutcome e : o.eras()) {
            assertTrue(e.failing() > 0, e.era() + ": a migration between put_page and the DMA loses the device's bytes");
            List<String> order = e.shortest().schedule().stream().map(Scenario.StepItem::text).toList();
            assertEquals(order.indexOf("app: put_page rx") + 1, order.indexOf("kernel: migrate app.buf[0]"), order.toString());
            assertTrue(e.shortest().reason().contains("found: read \"old\""), e.shortest().reason());
        }
    }

    @Test
    void stateCountsAreTheSameRunToRun() {
        Scenario s = load("17-mlock-is-not-a-pin-under-migration.mms");
        ExploreOptions o = ExploreOptions.defaults().withEvents(EnumSet.allOf(KernelEvent.class), 2);
        List<String> a = new Explorer(o).explore(s).eras().stream().map(ExplorerTest::counts).toList();
        List<String> b = new Explorer(o).explore(s).eras().stream().map(ExplorerTest::counts).toList();
        assertEquals(a, b);
    }

    private static String counts(EraOutcome e) {
        return e.era() + " " + e.schedules() + " " + e.states() + " " + e.transitions() + " " + e.failing() + " " + e.failures();
    }

    /** The reduction skips orders, never outcomes: the same failing eras and kinds of failure as the full search. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theReductionFindsExactlyWhatTheFullSearchFinds(Path file) {
        ScenarioLoader.Loaded l = LOADER.load(file);
        for (ExploreOptions o : List.of(ExploreOptions.defaults(),
                ExploreOptions.defaults().withEvents(EnumSet.allOf(KernelEvent.class), 1))) {
            Explorer.Outcome full = new Explorer(o.withReduction(false)).explore(l.scenario());
            Explorer.Outcome reduced = new Explorer(o.withReduction(true)).explore(l.scenario());
            for (int i = 0; i < full.eras().size(); i++) {
                EraOutcome f = full.eras().get(i);
                EraOutcome r = reduced.eras().get(i);
                assertTrue(f.complete() && r.complete());
                assertEquals(f.failures(), r.failures(), f.era());
                assertTrue(r.transitions() <= f.transitions(), f.era() + ": the reduction never runs more steps");
                if (f.shortest() != null) {
                    assertEquals(f.shortest().schedule().size(), r.shortest().schedule().size(), f.era() + ": shortest failing schedule");
                }
            }
        }
    }

    /** Every failing era's counterexample, written back as a file, fails the same way under run. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void counterexamplesReproduceWithRun(Path file, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ScenarioLoader.Loaded l = LOADER.load(file);
        Explorer.Outcome o = new Explorer(ExploreOptions.defaults().withEvents(EnumSet.allOf(KernelEvent.class), 1)).explore(l.scenario());
        List<String> lines = java.nio.file.Files.readAllLines(file);
        for (EraOutcome e : o.eras()) {
            if (e.shortest() == null) {
                continue;
            }
            Path ce = dir.resolve(e.era() + ".mms");
            java.nio.file.Files.writeString(ce, Counterexample.render(lines, file.getFileName().toString(), l.scenario(), e.shortest(),
                    List.of(e.era()), List.of(e.era() + ": " + e.shortest().reason())));
            ScenarioLoader.Loaded back = LOADER.load(ce);
            assertFalse(back.hasErrors(), () -> back.problems() + "\n" + read(ce));
            assertEquals(List.of(e.era()), back.scenario().eras());
            RunResult run = new ScenarioRunner().run(back.scenario());
            EraRun era = run.eras().get(0);
            assertFalse(era.passed(), () -> e.era() + " passes when run:\n" + read(ce));
            if (e.shortest().violation() == null) {
                assertEquals(e.shortest().failed().stream().map(x -> x.text()).toList(),
                        era.expectations().stream().filter(x -> !x.passed()).map(x -> x.text()).toList());
            } else {
                assertNotNull(era.violation());
            }
        }
    }

    @Test
    void aStateBudgetStopsWithAPartialResult() {
        EraOutcome e = new Explorer(ExploreOptions.defaults().withMaxStates(3).withEvents(EnumSet.allOf(KernelEvent.class), 2))
                .explore(load("17-mlock-is-not-a-pin-under-migration.mms")).eras().get(0);
        assertFalse(e.complete());
        assertTrue(e.stoppedBy().contains("--max-states"), e.stoppedBy());
        assertEquals(3, e.states());
        assertFalse(e.passed());
    }

    @Test
    void aLongSearchReportsItsProgressEverySecondUntilItsTimeBudgetStopsIt() {
        StringBuilder text = new StringBuilder("scenario \"three writers\"\nkernel linux-6.12\nmachine {\n    ram 64 MiB\n}\n");
        for (String p : List.of("a", "b", "c")) {
            text.append("process ").append(p).append('\n');
        }
        for (String p : List.of("a", "b", "c")) {
            text.append(p).append(": m = mmap anon 4 pages read write\n");
        }
        text.append("parallel {\n");
        for (String p : List.of("a", "b", "c")) {
            for (int i = 0; i < 6; i++) {
                text.append("    ").append(p).append(": write m[").append(i % 4).append("] \"").append(i).append("\"\n");
            }
        }
        text.append("}\n");
        ScenarioLoader.Loaded l = LOADER.load(text.toString(), "three-writers.mms", null);
        assertFalse(l.hasErrors(), () -> l.problems().toString());
        List<ExploreOptions.Progress> seen = new java.util.ArrayList<>();
        EraOutcome e = new Explorer(
                ExploreOptions.defaults().withReduction(false).withBudgets(org.mmscope.engine.Budgets.defaults().withTimeout(3))
                        .withProgress(seen::add))
                .explore(l.scenario()).eras().get(0);
        assertFalse(e.complete(), "18 steps of three actors, unreduced, take longer than 3 s");
        assertTrue(e.stoppedBy().contains("--timeout"), e.stoppedBy());
        assertTrue(seen.size() >= 2, "about one report a second: " + seen);
        for (int i = 0; i < seen.size(); i++) {
            ExploreOptions.Progress p = seen.get(i);
            assertEquals("linux-6.12", p.era());
            assertTrue(p.depth() > 0 && p.pending() > 0, "mid-search, the stack holds choices not tried yet: " + p);
            if (i > 0) {
                assertTrue(p.states() >= seen.get(i - 1).states() && p.seconds() > seen.get(i - 1).seconds(), "counts only grow: " + seen);
            }
        }
        assertTrue(seen.get(seen.size() - 1).states() <= e.states());
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
