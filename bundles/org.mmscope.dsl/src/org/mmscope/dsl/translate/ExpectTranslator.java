package org.mmscope.dsl.translate;

import org.mmscope.dsl.mms.ExpectBody;
import org.mmscope.dsl.mms.ExpectCounter;
import org.mmscope.dsl.mms.ExpectDmaRead;
import org.mmscope.dsl.mms.ExpectError;
import org.mmscope.dsl.mms.ExpectFrame;
import org.mmscope.dsl.mms.ExpectHazard;
import org.mmscope.dsl.mms.ExpectNoHazard;
import org.mmscope.dsl.mms.ExpectOk;
import org.mmscope.dsl.mms.ExpectPage;
import org.mmscope.dsl.mms.ExpectRead;
import org.mmscope.dsl.mms.PageRef;
import org.mmscope.engine.check.Expect;

/** Translates the body of an {@code expect} line. */
final class ExpectTranslator {
    private ExpectTranslator() {
    }

    static Expect expect(ExpectBody b) {
        return switch (b) {
        case ExpectRead r ->
            new Expect.ReadEquals(ScenarioTranslator.range(ScenarioTranslator.name(r.getActor()), r.getRange()), r.getText());
        case ExpectDmaRead r ->
            new Expect.DmaReadEquals(ScenarioTranslator.name(r.getActor()), ScenarioTranslator.handleRange(r.getRange()), r.getText());
        case ExpectPage p -> page(p);
        case ExpectCounter c -> new Expect.CounterEquals(ref(c.getPage()), Expect.Counter.valueOf(c.getCounter().name()), c.getValue());
        case ExpectFrame f -> new Expect.FrameFree(ref(f.getPage()), f.isFree());
        case ExpectOk o -> new Expect.Ok();
        case ExpectError e -> new Expect.Error(e.getErrno());
        case ExpectHazard h -> new Expect.Hazard(h.getKind());
        case ExpectNoHazard n -> new Expect.NoHazard();
        default -> throw new IllegalStateException(b.eClass().getName());
        };
    }

    private static Expect page(ExpectPage p) {
        boolean yes = !p.isNegated();
        if (p.isSame()) {
            return new Expect.SameFrame(ref(p.getPage()), ref(p.getOther()), yes);
        }
        return switch (p.getState()) {
        case PRESENT -> new Expect.PteIs(ref(p.getPage()), Expect.PteState.PRESENT);
        case SWAPPED -> new Expect.PteIs(ref(p.getPage()), Expect.PteState.SWAPPED);
        case ABSENT -> new Expect.PteIs(ref(p.getPage()), Expect.PteState.ABSENT);
        case PINNED -> new Expect.Pinned(ref(p.getPage()), yes);
        case MOVED -> new Expect.Moved(ref(p.getPage()), yes);
        };
    }

    static Expect.PageRef ref(PageRef r) {
        return new Expect.PageRef(r.getOwner() == null ? null : ScenarioTranslator.name(r.getOwner()),
                ScenarioTranslator.name(r.getTarget()),
                r.getIndex());
    }
}
