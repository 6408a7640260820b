package org.mmscope.engine.check;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmPackage;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.SwapSlot;

/**
 * Collects the frames and swap slots a step touched, for the incremental invariant check: one shared EMF
 * adapter on every frame, PTE and swap slot (attached as the kernel creates them). A PTE change marks the frames
 * it mapped before and after. Only used when incremental checking is on; otherwise nothing is attached.
 */
public final class ChangeTracker extends AdapterImpl {
    private final Set<Frame> frames = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<SwapSlot> slots = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Starts watching an object the kernel just created or freed (or found in the state it was built over). */
    public void watch(EObject o) {
        if (!o.eAdapters().contains(this)) {
            o.eAdapters().add(this);
        }
        if (o instanceof Frame f) {
            frames.add(f);
        } else if (o instanceof SwapSlot s) {
            slots.add(s);
        }
    }

    @Override
    public void notifyChanged(Notification n) {
        if (n.isTouch()) {
            return;
        }
        switch (n.getNotifier()) {
        case Frame f -> frames.add(f);
        case SwapSlot s -> slots.add(s);
        case Pte p -> {
            if (n.getFeature() == MmPackage.Literals.PTE__FRAME) {
                if (n.getOldValue() instanceof Frame f) {
                    frames.add(f);
                }
                if (n.getNewValue() instanceof Frame f) {
                    frames.add(f);
                }
            } else if (p.getFrame() != null) {
                frames.add(p.getFrame());
            }
        }
        default -> {
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
