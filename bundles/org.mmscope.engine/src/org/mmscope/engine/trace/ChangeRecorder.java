package org.mmscope.engine.trace;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The one change recorder: a content adapter on the whole state and the only thing in the engine that observes
 * changes. It hands every field-level change, in the order EMF notifies it, to the trace, which files it under
 * the current step and its innermost open kernel call when the run keeps its changes (undo/redo: the cursor, the
 * state manager, the debugger) and passes it to the change listeners (the incremental invariant check's
 * {@code TouchedObjects}). What the {@code moved} expectation and the canonical hash need — what a PTE mapped
 * before the step — is read from the kept changes ({@link PteMoves}). Attached only when one of those needs it:
 * it costs an adapter on every object and a {@link Change} per change. Undo and redo are not recorded again.
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
