package org.mmscope.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of a run: every step with the tree of kernel calls it made ({@link KernelCall}), and the hazards
 * raised. It is the single source for views, reports and the debugger (they never recompute kernel logic).
 * Recording calls can be switched off
 * for benchmarks; steps and hazards are always kept.
 */
public final class Trace implements EventSink {
    private final List<TraceStep> steps = new ArrayList<>();
    private final List<HazardRecord> hazards = new ArrayList<>();
    private final Set<String> hazardKeys = new LinkedHashSet<>();
    private final boolean recordEvents;
    private List<KernelCall> currentCalls = new ArrayList<>();
    private KernelCall open;
    private List<HazardRecord> currentHazards = new ArrayList<>();
    private int currentStep;
    private int currentLine;

    public Trace(boolean recordEvents) {
        this.recordEvents = recordEvents;
    }

    public void beginStep(int index, int line) {
        currentStep = index;
        currentLine = line;
        if (!currentCalls.isEmpty()) {
            currentCalls = new ArrayList<>();
        }
        open = null;
        if (!currentHazards.isEmpty()) {
            currentHazards = new ArrayList<>();
        }
    }

    public TraceStep endStep(org.mmscope.engine.ops.Op op, String errno, String message) {
        TraceStep s = new TraceStep(currentStep, currentLine, op, errno, message,
                currentCalls.isEmpty() ? List.of() : List.copyOf(currentCalls), currentHazards.isEmpty() ? List.of() : List.copyOf(currentHazards));
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
        return c;
    }

    @Override
    public void event(String function, long pfn, String detail) {
        if (recordEvents) {
            add(function, pfn, detail);
        }
    }

    private KernelCall add(String function, long pfn, String detail) {
        KernelCall c = new KernelCall(this, function, pfn, detail == null ? "" : detail, open);
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
            if (o == c) {
                open = c.parent();
                return;
            }
        }
    }

    /** A hazard is recorded once per kind and frame, at the first step that raised it. */
    @Override
    public void hazard(String kind, long pfn, String message) {
        if (hazardKeys.add(kind + "@" + pfn)) {
            HazardRecord h = new HazardRecord(kind, pfn, currentStep, currentLine, message);
            hazards.add(h);
            currentHazards.add(h);
        }
    }

    @Override
    public boolean recordsCalls() {
        return recordEvents;
    }

    public List<TraceStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Forgets the last step and the hazards it raised (step back). */
    public void removeLastStep() {
        TraceStep last = steps.remove(steps.size() - 1);
        for (HazardRecord h : last.hazards()) {
            hazards.remove(h);
            hazardKeys.remove(h.kind() + "@" + h.pfn());
        }
    }

    public List<HazardRecord> hazards() {
        return Collections.unmodifiableList(hazards);
    }

    public boolean hazardRaised(String kind) {
        return hazards.stream().anyMatch(h -> h.kind().equals(kind));
    }
}
