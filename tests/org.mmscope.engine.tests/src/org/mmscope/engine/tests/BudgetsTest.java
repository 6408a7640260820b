package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.BudgetExceeded;
import org.mmscope.engine.Budgets;
import org.mmscope.engine.IoErrors;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.explore.ExploreOptions;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.kernel.MemoryBlocks;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;

/** Budgets that hold: pages per step, frames, PTEs, wall time; a huge machine boots at once; explore never recurses. */
class BudgetsTest {
    private static final long PIB = 1L << 50;

    @Test
    void aOnePebibyteMachineBootsAndRunsInMilliseconds() {
        long t0 = System.nanoTime();
        Simulation s = Simulation.boot(MachineSpec.defaults().ram(PIB).process("app"), Eras.byName("linux-6.12").orElseThrow());
        s.apply(new Op.MmapAnon("app", "buf", 4, true, true, false), 1);
        s.apply(new Op.Write(Op.Range.all("app", "buf"), "x"), 2);
        long last = MemoryBlocks.count(s.state().getMachine()) - 1;
        assertEquals(8_388_608, last + 1, "1 PiB in 128 MiB blocks");
        s.apply(new Op.Offline(last, null), 3);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNull(s.lastErrno());
        assertFalse(MemoryBlocks.isOnline(s.state().getMachine(), last));
        assertTrue(MemoryBlocks.isOnline(s.state().getMachine(), 0));
        assertEquals(1, s.state().getMachine().getBlocks().size(), "only the block that went offline is an object");
        assertTrue(ms < 2000, "boot and three steps took " + ms + " ms");
    }

    private static Scenario scenario(List<Scenario.Item> items) {
        return new Scenario("budgets", "b.mms", List.of("linux-6.12"), MachineSpec.defaults().process("app"), items);
    }

    private static Scenario.StepItem step(int line, Op op) {
        return new Scenario.StepItem(line, 1, op, op.toString());
    }

    private static Scenario.ExpectItem expectOk(int line) {
        return new Scenario.ExpectItem(line, 1, List.of(), new Expect.Ok(), "expect ok");
    }

    @Test
    void aTouchOfTwoToTheFortyPagesStopsAtOnceAsABudgetNotAnInvariantViolation() {
        Scenario s = scenario(List.of(step(3, new Op.MmapAnon("app", "buf", 1L << 40, true, false, false)), expectOk(4),
                step(5, new Op.Read(Op.Range.all("app", "buf"))), expectOk(6), expectOk(7)));
        long t0 = System.nanoTime();
        EraRun r = new ScenarioRunner(Simulation.Options.defaults().withMaxSteps(10)).run(s).eras().get(0);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertNull(r.violation());
        assertFalse(r.passed());
        assertEquals("page budget", r.budget().budget());
        assertEquals(5, r.budget().line());
        assertEquals(
                "page budget exceeded: the step touches 1099511627776 pages, more than 1048576 per step (raise it with --max-pages-per-step)",
                r.budget().message());
        assertEquals(1, r.expectations().size(), "the expectation before the step ran");
        assertEquals(List.of(6, 7), r.notEvaluated().stream().map(Scenario.ExpectItem::line).toList());
    }

    @Test
    void framesAndPtesAreBounded() {
        Scenario writes = scenario(List.of(step(3, new Op.MmapAnon("app", "buf", 100, true, true, false)),
                step(4, new Op.Write(Op.Range.all("app", "buf"), "x")), expectOk(5)));
        EraRun frames = new ScenarioRunner(Simulation.Options.defaults().withBudgets(Budgets.defaults().withFrames(10))).run(writes).eras()
                .get(0);
        assertEquals("frame budget exceeded: more than 10 frames allocated at once (raise it with --max-frames)",
                frames.budget().message());
        assertEquals(4, frames.budget().line());
        EraRun ptes = new ScenarioRunner(Simulation.Options.defaults().withBudgets(Budgets.defaults().withPtes(50))).run(writes).eras()
                .get(0);
        assertEquals("PTE budget exceeded: more than 50 page table entries at once (raise it with --max-ptes)", ptes.budget().message());
        assertNull(ptes.violation());
        assertEquals(1, ptes.notEvaluated().size());
        assertTrue(Budgets.defaults().frames() >= 1 << 16 && Budgets.defaults().ptes() >= 1 << 16);
    }

    @Test
    void theWallClockBudgetStopsBetweenSteps() {
        Budgets past = new Budgets(Budgets.DEFAULT_PAGES_PER_STEP, 1 << 20, 1 << 20, 7, System.nanoTime() - 1);
        Simulation s = Simulation.boot(MachineSpec.defaults().process("app"), Eras.byName("linux-6.12").orElseThrow(),
                Simulation.Options.defaults().withBudgets(past));
        BudgetExceeded e = assertThrows(BudgetExceeded.class, () -> s.apply(new Op.MmapAnon("app", "buf", 1, true, true, false), 1));
        assertEquals("time budget of 7 s exceeded (raise it with --timeout)", e.getMessage());
        assertEquals(0, s.stepCount(), "a step that did not start left nothing behind");
    }

    @Test
    void aThousandParallelBlocksAreExploredWithoutRecursion() {
        List<Scenario.Item> items = new ArrayList<>();
        items.add(step(1, new Op.MmapAnon("app", "buf", 1, true, true, false)));
        for (int i = 0; i < 5000; i++) {
            items.add(new Scenario.ParallelItem(2 + i, 2 + i, List.of(step(2 + i, new Op.Write(Op.Range.all("app", "buf"), "w" + i)))));
        }
        items.add(expectOk(6000));
        Explorer.Outcome o = new Explorer(ExploreOptions.defaults().withMaxSchedules(10)).explore(scenario(items));
        assertEquals(1, o.schedules());
        assertTrue(o.passed());
    }

    @Test
    void fileErrorsAreWords() {
        assertEquals("permission denied", IoErrors.reason(new AccessDeniedException("/x/y.mms")));
        assertEquals("no such file or directory", IoErrors.reason(new NoSuchFileException("/x/.r.html123.tmp")));
        assertEquals("is a directory", IoErrors.reason(new java.io.IOException("Is a directory")));
    }
}
