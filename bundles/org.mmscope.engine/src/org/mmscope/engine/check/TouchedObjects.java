package org.mmscope.engine.check;

import java.util.LinkedHashSet;
import java.util.Set;

import org.mmscope.engine.trace.Change;
import org.mmscope.engine.trace.ChangeListener;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmPackage.Literals;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.SwapSlot;

/**
 * The frames and swap slots the steps since the last {@link #clear} touched, for the incremental invariant check,
 * collected from the change recorder's stream: a frame or slot that changed, was allocated or freed; for a PTE
 * change, the frames it mapped before and after (and the one it maps, for its other fields).
 */
public final class TouchedObjects implements ChangeListener {
    private final Set<Frame> frames = new LinkedHashSet<>(); // model objects: identity equality; a stable order
    private final Set<SwapSlot> slots = new LinkedHashSet<>();

    @Override
    public void changed(Change c) {
        switch (c.object()) {
        case Frame f -> frames.add(f);
        case SwapSlot s -> slots.add(s);
        case Pte p -> {
            if (c.feature() == Literals.PTE__FRAME) {
                c.forEachObjectValue(o -> frames.add((Frame) o));
            } else if (p.getFrame() != null) {
                frames.add(p.getFrame());
            }
        }
        default -> {
            if (c.feature() == Literals.MM_STATE__FRAMES) {
                c.forEachObjectValue(o -> frames.add((Frame) o)); // allocated or freed
            } else if (c.feature() == Literals.SWAP_DEVICE__USED) {
                c.forEachObjectValue(o -> slots.add((SwapSlot) o));
            } else if (c.feature() == Literals.MM__PTES) {
                c.forEachObjectValue(o -> {
                    if (((Pte) o).getFrame() != null) {
                        frames.add(((Pte) o).getFrame());
                    }
                });
            }
        }
        }
    }

    public Set<Frame> frames() {
        return frames;
    }

    public Set<SwapSlot> slots() {
        return slots;
    }

    public void clear() {
        frames.clear();
        slots.clear();
    }
}
