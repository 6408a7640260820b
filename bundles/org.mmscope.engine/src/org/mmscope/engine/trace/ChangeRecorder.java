package org.mmscope.engine.trace;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The one change recorder: a content adapter on the whole state that hands every field-level change, in the
 * order EMF notifies it, to the trace, which files it under the current step and its innermost open kernel
 * call. Attached only on request ({@code Simulation.recordChanges()}, the debugger's mode): it costs an adapter
 * on every object and a {@link Change} per change. Replaying changes (undo/redo) is not recorded again.
 */
final class ChangeRecorder extends EContentAdapter {
    private final Trace trace;
    private boolean paused;

    ChangeRecorder(Trace trace) {
        this.trace = trace;
    }

    @Override
    public void notifyChanged(Notification n) {
        if (paused) {
            return; // undo/redo: every object it puts back was watched when it was first added (adapters stay)
        }
        super.notifyChanged(n); // follows containment: objects added later are watched too
        if (n.isTouch() || n.getFeature() == null || n.getEventType() == Notification.REMOVING_ADAPTER
                || n.getEventType() == Notification.RESOLVE) {
            return;
        }
        trace.recordChange(Change.of(n));
    }

    /** Runs {@code r} without recording (the cursor undoing or redoing recorded changes). */
    void replaying(Runnable r) {
        boolean was = paused;
        paused = true;
        try {
            r.run();
        } finally {
            paused = was;
        }
    }

    /**
     * Objects leaving the state stay watched: the kernel still changes some after removing them (a freed frame
     * leaves the LRU), and undo needs those changes to put them back as they were.
     */
    @Override
    protected void removeAdapter(Notifier notifier) {
    }

    @Override
    protected void removeAdapter(Notifier notifier, boolean checkContainer, boolean checkResource) {
    }
}
