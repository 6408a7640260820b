package org.mmscope.debug.ui.model;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmscope.debug.EraThread;
import org.mmscope.debug.Variable;
import org.mmscope.engine.RunCursor.Stop;
import org.mmscope.model.mm.MmState;

/**
 * What a thread shows while it stands at one stop, read once under the session lock when it stopped: the stack
 * (innermost first), the source line, the variables with their changed marks, the last step fully done, and a
 * copy of the state there (what the mmscope views show when a frame of this stop is selected).
 */
record StopSnapshot(List<String> stack, int line, Variable variables, int stepDone, MmState state, Stop at) {
    static StopSnapshot of(EraThread t) {
        Stop at = t.at();
        return new StopSnapshot(t.stack(), t.line(), t.variables(), at.call() == null ? at.step() : at.step() - 1,
                EcoreUtil.copy(t.simulation().state()), at);
    }
}
