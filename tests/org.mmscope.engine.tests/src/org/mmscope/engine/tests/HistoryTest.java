package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.StateDigest;
import org.mmscope.engine.StepBudgetExceeded;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.ops.Op;

/** Time travel and the canonical state: what the debugger's step back and exploration will rely on. */
class HistoryTest {
    private static List<Op> script() {
        return List.of(new Op.MmapAnon("parent", "buf", 2, true, true, false), new Op.Write(Op.Range.all("parent", "buf"), "a"),
                new Op.Gup("rx", Op.Range.page("parent", "buf", 0), Op.GupCall.DRIVER_PIN, true, false), new Op.Fork("parent", "child"),
                new Op.Write(Op.Range.all("child", "buf"), "c"), new Op.Reclaim(0), new Op.Read(Op.Range.all("parent", "buf")));
    }

    @Test
    void stateAtAnyStepEqualsTheLiveStateThen() {
        for (int every : new int[] { 1, 3, 0 }) {
            for (String era : Eras.names()) {
                Simulation s = Simulation.boot(MachineSpec.defaults().process("parent"), Eras.byName(era).orElseThrow(),
                        new Simulation.Options(true, true, every, 100));
                List<String> live = new ArrayList<>();
                live.add(StateDigest.of(s.state()));
                for (Op op : script()) {
                    s.apply(op, 1);
                    live.add(StateDigest.of(s.state()));
                }
                for (int i = 0; i < live.size(); i++) {
                    assertEquals(live.get(i), StateDigest.of(s.stateAt(i)), era + ", checkpoint every " + every + ", step " + i);
                }
                assertNotEquals(live.get(0), live.get(live.size() - 1));
            }
        }
    }

    @Test
    void runawayScenarioHitsTheStepBudget() {
        Simulation s = Simulation.boot(MachineSpec.defaults().process("parent"), Eras.byName("linux-6.12").orElseThrow(),
                new Simulation.Options(false, true, 0, 3));
        s.apply(new Op.MmapAnon("parent", "buf", 1, true, true, false), 1);
        s.apply(new Op.Reclaim(0), 2);
        s.apply(new Op.Reclaim(0), 3);
        StepBudgetExceeded e = assertThrows(StepBudgetExceeded.class, () -> s.apply(new Op.Reclaim(0), 4));
        assertEquals("step budget of 3 steps exceeded at line 4 (raise it with --max-steps)", e.getMessage());
    }
}
