package org.mmscope.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.mmscope.engine.ops.Op;

/**
 * The record of a run (GEMOC's split of steps and states): every step with the tree of kernel calls it made
 * ({@link KernelCall}), and — with the change recorder attached — every field-level {@link Change} of the state,
 * filed under its step and the innermost kernel call open when it was made; and the hazards raised. It is the
 * single source for views, reports and the debugger (they never recompute kernel logic). Recording calls can be
 * switched off for benchmarks; steps and hazards are always kept. Add-ons listen through {@link EngineHooks}.
 */
public final class Trace implements EventSink {
    private final List<TraceStep> steps = new ArrayList<>();
    private final List<HazardRecord> hazards = new ArrayList<>();
    private final Set<String> hazardKeys = new LinkedHashSet<>();
    private final boolean recordEvents;
    private final List<EngineHooks> hooks = new ArrayList<>();
    private ChangeRecorder recorder;
    /** Whether the changes are kept in the steps (undo/redo, the debugger); else they only go to the listeners. */
    private boolean keepChanges;
    private final List<ChangeListener> changeListeners = new ArrayList<>();
    private List<KernelCall> currentCalls = new ArrayList<>();
    private List<Change> currentChanges = new ArrayList<>();
    private KernelCall open;
    private List<HazardRecord> currentHazards = new ArrayList<>();
    private int currentStep;
    private int currentLine;
    private Op currentOp;

    public Trace(boolean recordEvents) {
        this.recordEvents = recordEvents;
    }

    /** Records every field-level change of {@code state} from now on, filed under steps and calls (the debugger's mode). */
    public void recordChanges(EObject state) {
        observe(state);
        keepChanges = true;
    }

    /**
     * Hands every change of {@code state} from now on to {@code l} as the recorder sees it (the incremental
     * invariant check), whether or not the changes are also kept.
     */
    public void addChangeListener(EObject state, ChangeListener l) {
        observe(state);
        changeListeners.add(l);
    }

    private void observe(EObject state) {
        if (recorder == null) {
            recorder = new ChangeRecorder(this);
            state.eAdapters().add(recorder);
        }
    }

    /** Whether the changes are kept in the steps (so that the cursor can undo and redo them). */
    public boolean recordsChanges() {
        return keepChanges;
    }

    /** Runs {@code r} (the cursor's undo or redo) without recording what it changes. */
    public void replaying(Runnable r) {
        if (recorder == null) {
            r.run();
        } else {
            recorder.replaying(r);
        }
    }

    public void addHooks(EngineHooks h) {
        hooks.add(h);
    }

    public void beginStep(int index, int line, Op op) {
        currentStep = index;
        currentLine = line;
        currentOp = op;
        // the lists are copied into the step when it ends, so they are reused (no allocation per step)
        currentCalls.clear();
        currentChanges.clear();
        currentHazards.clear();
        open = null;
        hooks.forEach(h -> h.beforeStep(index, line, op));
    }

    public TraceStep endStep(String errno, String message) {
        TraceStep s = new TraceStep(currentStep, currentLine, currentOp, errno, message, frozen(currentCalls), frozen(currentChanges),
                frozen(currentHazards));
        steps.add(s);
        hooks.forEach(h -> h.afterStep(s));
        return s;
    }

    /** An immutable copy; the shared empty list for the common case of a step without calls, changes or hazards. */
    private static <T> List<T> frozen(List<T> l) {
        return l.isEmpty() ? List.of() : List.copyOf(l);
    }

    /**
     * Opens the last step again so that what happens next belongs to it (an expectation's faults, at the
     * expectation's line); {@link #endAmend} files it. The step keeps its index, operation and errno.
     */
    public void reopenLastStep() {
        TraceStep last = steps.get(steps.size() - 1);
        currentStep = last.index();
        currentLine = last.line();
        currentOp = last.op();
        currentCalls = new ArrayList<>(last.calls());
        currentChanges = new ArrayList<>(last.changes());
        currentHazards = new ArrayList<>(last.hazards());
        open = null;
    }

    public TraceStep endAmend() {
        TraceStep last = steps.remove(steps.size() - 1);
        TraceStep s = new TraceStep(last.index(), last.line(), last.op(), last.errno(), last.message(), frozen(currentCalls),
                frozen(currentChanges), frozen(currentHazards));
        steps.add(s);
        return s;
    }

    @Override
    public Call enter(String function, long pfn, String detail) {
        if (!recordEvents) {
            return Call.NONE;
        }
        KernelCall c = add(function, pfn, detail);
        open = c;
        hooks.forEach(h -> h.enter(c));
        return c;
    }

    @Override
    public void event(String function, long pfn, String detail) {
        if (recordEvents) {
            KernelCall c = add(function, pfn, detail);
            c.closeAt(currentChanges.size());
            if (!hooks.isEmpty()) {
                hooks.forEach(h -> h.enter(c));
                hooks.forEach(h -> h.exit(c));
            }
        }
    }

    private KernelCall add(String function, long pfn, String detail) {
        KernelCall c = new KernelCall(this, function, pfn, detail == null ? "" : detail, open, currentChanges.size());
        if (open == null) {
            currentCalls.add(c);
        } else {
            open.add(c);
        }
        return c;
    }

    /** Closes {@code c} and any call left open inside it. */
    void close(KernelCall c) {
        for (KernelCall o = open; o != null; o = o.parent()) {
            o.closeAt(currentChanges.size());
            if (!hooks.isEmpty()) {
                KernelCall closing = o;
                hooks.forEach(h -> h.exit(closing));
            }
            if (o == c) {
                open = c.parent();
                return;
            }
        }
    }

    /** A change made while the step runs: the step's, and the innermost open call's. */
    void recordChange(Change c) {
        if (keepChanges) {
            currentChanges.add(c);
            if (open != null) {
                open.addChange(c);
            }
        }
        for (ChangeListener l : changeListeners) {
            l.changed(c);
        }
    }

    /** A hazard is recorded once per kind and frame, at the first step that raised it. */
    @Override
    public void hazard(String kind, long pfn, String message) {
        if (hazardKeys.add(kind + "@" + pfn)) {
            HazardRecord h = new HazardRecord(kind, pfn, currentStep, currentLine, message);
            hazards.add(h);
            currentHazards.add(h);
            hooks.forEach(x -> x.hazard(h));
        }
    }

    @Override
    public boolean recordsCalls() {
        return recordEvents;
    }

    public List<TraceStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Forgets the steps after the first {@code keep} and what they raised (the explorer branches off there). */
    public void truncate(int keep) {
        while (steps.size() > keep) {
            steps.remove(steps.size() - 1);
        }
        for (int i = hazards.size() - 1; i >= 0 && hazards.get(i).step() > keep; i--) {
            HazardRecord h = hazards.remove(i);
            hazardKeys.remove(h.kind() + "@" + h.pfn());
        }
    }

    public List<HazardRecord> hazards() {
        return Collections.unmodifiableList(hazards);
    }

    /** The hazards raised by steps 1..{@code step} (what the run had shown at that point). */
    public List<HazardRecord> hazardsUpTo(int step) {
        return hazards.stream().filter(h -> h.step() <= step).toList();
    }

    public boolean hazardRaised(String kind) {
        return hazards.stream().anyMatch(h -> h.kind().equals(kind));
    }
}
