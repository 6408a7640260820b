package org.mmscope.engine.trace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The field-level record of every step: each attribute, reference and list change the step made to the state,
 * in order, as EMF reports it to one content adapter on the whole state. Undoing a step replays its changes
 * backwards — the debugger's step back without replaying from a checkpoint. Attached only on request
 * ({@code Simulation.recordChanges()}): the adapter costs memory on every object and a notification per change.
 */
public final class StepChanges extends EContentAdapter {
    private final List<List<Notification>> steps = new ArrayList<>();
    private List<Notification> current = new ArrayList<>();
    private boolean undoing;

    /** The changes from now on belong to a new step. */
    public void beginStep() {
        current = new ArrayList<>();
        steps.add(current);
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n); // follows containment: objects added later are watched too
        if (undoing || n.isTouch() || n.getFeature() == null || n.getEventType() == Notification.REMOVING_ADAPTER
                || n.getEventType() == Notification.RESOLVE) {
            return;
        }
        current.add(n);
    }

    /**
     * Objects leaving the state stay watched: the kernel still changes some after removing them (a freed frame
     * leaves the LRU), and undo needs those changes to put them back as they were.
     */
    @Override
    protected void removeAdapter(org.eclipse.emf.common.notify.Notifier notifier) {
    }

    @Override
    protected void removeAdapter(org.eclipse.emf.common.notify.Notifier notifier, boolean checkContainer, boolean checkResource) {
    }

    public int steps() {
        return steps.size();
    }

    /** How many field-level changes step {@code index} (1-based) made. */
    public int changesIn(int index) {
        return steps.get(index - 1).size();
    }

    /** Undoes the last recorded step, newest change first. */
    public void undoLast() {
        List<Notification> last = steps.remove(steps.size() - 1);
        undoing = true;
        try {
            for (int i = last.size() - 1; i >= 0; i--) {
                undo(last.get(i));
            }
        } finally {
            undoing = false;
            current = steps.isEmpty() ? new ArrayList<>() : steps.get(steps.size() - 1);
        }
    }

    @SuppressWarnings("unchecked")
    private static void undo(Notification n) {
        EObject o = (EObject) n.getNotifier();
        EStructuralFeature f = (EStructuralFeature) n.getFeature();
        switch (n.getEventType()) {
        case Notification.SET, Notification.UNSET -> {
            if (f.isMany()) {
                ((EList<Object>) o.eGet(f)).set(n.getPosition(), n.getOldValue());
            } else {
                o.eSet(f, n.getOldValue());
            }
        }
        case Notification.ADD -> ((EList<Object>) o.eGet(f)).remove(n.getPosition());
        case Notification.ADD_MANY -> {
            EList<Object> list = (EList<Object>) o.eGet(f);
            for (int k = ((List<?>) n.getNewValue()).size(); k > 0; k--) {
                list.remove(n.getPosition());
            }
        }
        case Notification.REMOVE -> ((EList<Object>) o.eGet(f)).add(n.getPosition(), n.getOldValue());
        case Notification.REMOVE_MANY -> {
            EList<Object> list = (EList<Object>) o.eGet(f);
            List<?> old = (List<?>) n.getOldValue();
            int[] positions = n.getNewValue() instanceof int[] p ? p : null; // null: the whole list, in order
            for (int k = 0; k < old.size(); k++) {
                list.add(positions == null ? k : positions[k], old.get(k));
            }
        }
        case Notification.MOVE -> ((EList<Object>) o.eGet(f)).move(((Integer) n.getOldValue()).intValue(), n.getPosition());
        default -> throw new IllegalStateException("cannot undo a change of kind " + n.getEventType() + " on " + f.getName());
        }
    }
}
