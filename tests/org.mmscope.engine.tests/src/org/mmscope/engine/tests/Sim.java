package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.mmscope.engine.MachineSpec;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.DmaDirection;

/** A terse driver for engine tests: one method per scenario statement, invariants checked after each step. */
final class Sim {
    final Simulation s;
    private int line = 1;

    /** The usual machine (device nic, process parent) with other options (incremental invariant checks). */
    Sim(String era, Simulation.Options options) {
        s = Simulation.boot(MachineSpec.defaults().device("nic").process("parent"), Eras.byName(era).orElseThrow(), options);
    }

    Sim(String era, MachineSpec spec) {
        s = Simulation.boot(spec, Eras.byName(era).orElseThrow());
    }

    Sim(String era) {
        this(era, MachineSpec.defaults().device("nic").process("parent"));
    }

    TraceStep step(Op op) {
        return s.apply(op, line++);
    }

    Sim mmap(String p, String v, long pages) {
        step(new Op.MmapAnon(p, v, pages, true, true, false));
        return this;
    }

    Sim write(String p, String v, String text) {
        step(new Op.Write(Op.Range.all(p, v), text));
        return this;
    }

    Sim gup(String p, String v, String h, Op.GupCall call, boolean write, boolean longterm) {
        step(new Op.Gup(h, Op.Range.all(p, v), call, write, longterm));
        return this;
    }

    Sim map(String h) {
        step(new Op.DmaMap("nic", h, DmaDirection.BIDIRECTIONAL));
        return this;
    }

    Sim dmaWrite(String h, String text) {
        step(new Op.DmaWrite("nic", new Op.HandleRange(h, null, null), text));
        return this;
    }

    Sim fork(String p, String child) {
        step(new Op.Fork(p, child));
        return this;
    }

    boolean holds(Expect e) {
        return s.expect(e).holds();
    }

    String actual(Expect e) {
        return s.expect(e).actual();
    }

    void assertReads(String p, String v, String text) {
        var verdict = s.expect(new Expect.ReadEquals(Op.Range.all(p, v), text));
        assertTrue(verdict.holds(), p + " should read \"" + text + "\" but " + verdict.actual());
    }

    void assertDeviceReads(String h, String text) {
        var verdict = s.expect(new Expect.DmaReadEquals("nic", new Op.HandleRange(h, null, null), text));
        assertTrue(verdict.holds(), "the device should read \"" + text + "\" but " + verdict.actual());
    }

    void assertErrno(String errno) {
        assertEquals(errno, s.lastErrno(), "errno of the last step");
    }

    void assertHazards(String... kinds) {
        assertEquals(List.of(kinds), s.hazardsRaised());
    }

    static Expect.PageRef page(String p, String v, long i) {
        return new Expect.PageRef(p, v, i);
    }

    static Expect.PageRef handle(String h, long i) {
        return new Expect.PageRef(null, h, i);
    }
}
