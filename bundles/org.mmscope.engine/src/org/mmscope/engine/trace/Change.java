package org.mmscope.engine.trace;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One field-level change of the state, as EMF notified it: which object, which feature, the value before and
 * after (for a list: what was added or removed at which position). It can be undone and redone in place, which
 * is how the cursor moves over a recorded run without replaying it.
 */
public final class Change {
    private final EObject object;
    private final EStructuralFeature feature;
    private final int kind;
    private final Object before;
    private final Object after;
    private final int position;

    private Change(EObject object, EStructuralFeature feature, int kind, Object before, Object after, int position) {
        this.object = object;
        this.feature = feature;
        this.kind = kind;
        this.before = before;
        this.after = after;
        this.position = position;
    }

    static Change of(Notification n) {
        return new Change((EObject) n.getNotifier(), (EStructuralFeature) n.getFeature(), n.getEventType(), n.getOldValue(),
                n.getNewValue(), n.getPosition());
    }

    public EObject object() {
        return object;
    }

    public EStructuralFeature feature() {
        return feature;
    }

    /** The value before the change (a single-valued feature), or what was removed (a list). */
    public Object before() {
        return before;
    }

    /** The value after the change (a single-valued feature), or what was added (a list). */
    public Object after() {
        return after;
    }

    /** The model objects among the values: a list change's elements, a single value's before and after. */
    public void forEachObjectValue(Consumer<EObject> to) {
        objects(before, to);
        objects(after, to);
    }

    private static void objects(Object v, Consumer<EObject> to) {
        if (v instanceof EObject e) {
            to.accept(e);
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof EObject e) {
                    to.accept(e);
                }
            }
        }
    }

    /** Puts the value back as it was before the change. */
    @SuppressWarnings("unchecked")
    public void undo() {
        EList<Object> list = feature.isMany() ? (EList<Object>) object.eGet(feature) : null;
        switch (kind) {
        case Notification.SET, Notification.UNSET -> {
            if (list != null) {
                list.set(position, before);
            } else {
                object.eSet(feature, before);
            }
        }
        case Notification.ADD -> list.remove(position);
        case Notification.ADD_MANY -> {
            for (int k = ((List<?>) after).size(); k > 0; k--) {
                list.remove(position);
            }
        }
        case Notification.REMOVE -> list.add(position, before);
        case Notification.REMOVE_MANY -> {
            List<?> old = (List<?>) before;
            int[] positions = after instanceof int[] p ? p : null; // null: the whole list, in order
            for (int k = 0; k < old.size(); k++) {
                list.add(positions == null ? k : positions[k], old.get(k));
            }
        }
        case Notification.MOVE -> list.move(((Integer) before).intValue(), position);
        default -> throw new IllegalStateException("cannot undo a change of kind " + kind + " on " + feature.getName());
        }
    }

    /** Makes the change again. */
    @SuppressWarnings("unchecked")
    public void redo() {
        EList<Object> list = feature.isMany() ? (EList<Object>) object.eGet(feature) : null;
        switch (kind) {
        case Notification.SET, Notification.UNSET -> {
            if (list != null) {
                list.set(position, after);
            } else {
                object.eSet(feature, after);
            }
        }
        case Notification.ADD -> list.add(position, after);
        case Notification.ADD_MANY -> list.addAll(position, (List<?>) after);
        case Notification.REMOVE -> list.remove(position);
        case Notification.REMOVE_MANY -> {
            List<?> old = (List<?>) before;
            int[] positions = after instanceof int[] p ? p : null;
            for (int k = old.size() - 1; k >= 0; k--) {
                list.remove(positions == null ? k : positions[k]);
            }
        }
        case Notification.MOVE -> list.move(position, ((Integer) before).intValue());
        default -> throw new IllegalStateException("cannot redo a change of kind " + kind + " on " + feature.getName());
        }
    }

    @Override
    public String toString() {
        String what = object.eClass().getName() + "." + feature.getName();
        return switch (kind) {
        case Notification.ADD, Notification.ADD_MANY -> what + " += " + after;
        case Notification.REMOVE, Notification.REMOVE_MANY -> what + " -= " + before;
        case Notification.MOVE -> what + " moved " + before + " → " + position;
        default -> what + ": " + before + " → " + after;
        };
    }
}
