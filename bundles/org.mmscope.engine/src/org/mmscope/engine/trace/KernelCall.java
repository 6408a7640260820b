package org.mmscope.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One kernel function as a step ran it: its name as the era names it, the frame it is about (pfn -1: not about
 * one frame), what it did, and the calls it made, in order. A function that only reports what it did has no
 * calls (a leaf). Built by {@link Trace} while the kernel paths run; read-only once its step has ended.
 */
public final class KernelCall implements Call {
    private final Trace trace;
    private final String function;
    private final KernelCall parent;
    private long pfn;
    private String detail;
    private List<KernelCall> calls = List.of();
    private List<Change> changes = List.of();
    private final int firstChange;
    private int endChange = -1;

    KernelCall(Trace trace, String function, long pfn, String detail, KernelCall parent, int firstChange) {
        this.trace = trace;
        this.function = function;
        this.pfn = pfn;
        this.detail = detail;
        this.parent = parent;
        this.firstChange = firstChange;
    }

    public String function() {
        return function;
    }

    /** The frame the call is about, or -1. */
    public long pfn() {
        return pfn;
    }

    /** What the call did, in words (may be empty). */
    public String detail() {
        return detail;
    }

    /** The calls this one made, in the order it made them. */
    public List<KernelCall> calls() {
        return Collections.unmodifiableList(calls);
    }

    /** The changes this call made itself (not those of the calls it made), in order; empty without a recorder. */
    public List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** Where the call starts in its step's changes: the number of the step's changes made before it was entered. */
    public int firstChange() {
        return firstChange;
    }

    /** Where the call ends in its step's changes: the number of the step's changes made before it returned. */
    public int endChange() {
        return endChange;
    }

    /** The calling function, or null for a call the step made directly. */
    public KernelCall parent() {
        return parent;
    }

    /** How deep the call is: 0 for a call the step made directly. */
    public int depth() {
        int d = 0;
        for (KernelCall c = parent; c != null; c = c.parent) {
            d++;
        }
        return d;
    }

    void addChange(Change c) {
        if (changes.isEmpty()) {
            changes = new ArrayList<>(4);
        }
        changes.add(c);
    }

    void closeAt(int change) {
        if (endChange < 0) {
            endChange = change;
        }
    }

    void add(KernelCall child) {
        if (calls.isEmpty()) {
            calls = new ArrayList<>(2);
        }
        calls.add(child);
    }

    @Override
    public Call about(long pfn) {
        this.pfn = pfn;
        return this;
    }

    @Override
    public Call detail(String detail) {
        this.detail = detail;
        return this;
    }

    /** Closing is the trace's business (it keeps the stack of open calls). */
    @Override
    public void close() {
        trace.close(this);
    }

    @Override
    public String toString() {
        return function + (pfn >= 0 ? " [pfn " + pfn + "]" : "") + (detail.isEmpty() ? "" : ": " + detail);
    }
}
