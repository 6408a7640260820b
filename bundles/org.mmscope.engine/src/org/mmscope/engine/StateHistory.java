package org.mmscope.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmscope.model.mm.MmState;

/**
 * Checkpoints of the state every {@code every} steps (deep EMF copies); any other step is reached by replaying
 * from the nearest earlier checkpoint, which is exact because the engine is deterministic. This is what the
 * debugger's step back and the views' time travel use. {@code every} = 0 keeps only the booted state.
 */
public final class StateHistory {
    /** A stored copy of the state after step {@code index}. */
    public record Checkpoint(int index, MmState state) {
        public MmState copy() {
            return EcoreUtil.copy(state);
        }
    }

    private final int every;
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    public StateHistory(int every) {
        this.every = every;
    }

    void record(int index, MmState state) {
        if (index == 0 || (every > 0 && index % every == 0)) {
            checkpoints.add(new Checkpoint(index, EcoreUtil.copy(state)));
        }
    }

    /** Drops the checkpoints after {@code index} (the explorer branched off there). */
    void truncate(int index) {
        checkpoints.removeIf(c -> c.index() > index);
    }

    /** Takes the checkpoint of step {@code index} again, if there is one (an expectation changed the state after it). */
    void replaceLast(int index, MmState state) {
        int last = checkpoints.size() - 1;
        if (checkpoints.get(last).index() == index) {
            checkpoints.set(last, new Checkpoint(index, EcoreUtil.copy(state)));
        }
    }

    public Checkpoint nearest(int index) {
        Checkpoint best = checkpoints.get(0);
        for (Checkpoint c : checkpoints) {
            if (c.index() <= index) {
                best = c;
            }
        }
        return best;
    }
}
