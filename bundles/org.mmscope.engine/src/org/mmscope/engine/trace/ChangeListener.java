package org.mmscope.engine.trace;

/** Told of every change the one change recorder sees while a step runs (not of the cursor's undo and redo). */
@FunctionalInterface
public interface ChangeListener {
    void changed(Change c);
}
