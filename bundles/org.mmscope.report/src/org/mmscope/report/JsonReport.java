package org.mmscope.report;

import java.util.List;

import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** JSON of docs/report-schema.json (schema version 2), fields in a fixed order. */
final class JsonReport {
    static final int SCHEMA_VERSION = 2;

    private JsonReport() {
    }

    static String render(List<RunResult> results) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        root.addProperty("tool", "mmscope");
        JsonArray scenarios = new JsonArray();
        for (RunResult r : results) {
            JsonObject s = new JsonObject();
            s.addProperty("title", r.scenario().title());
            s.addProperty("source", r.scenario().source());
            s.addProperty("passed", r.passed());
            JsonArray eras = new JsonArray();
            r.eras().forEach(e -> eras.add(era(e)));
            s.add("eras", eras);
            scenarios.add(s);
        }
        root.add("scenarios", scenarios);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject era(EraRun e) {
        JsonObject o = new JsonObject();
        o.addProperty("era", e.era());
        o.addProperty("passed", e.passed());
        if (e.violation() != null) {
            JsonObject v = new JsonObject();
            v.addProperty("line", e.violationLine());
            v.addProperty("message", e.violation());
            o.add("invariantViolation", v);
        }
        if (e.budget() != null) {
            JsonObject v = new JsonObject();
            v.addProperty("line", e.budget().line());
            v.addProperty("column", e.budget().column());
            v.addProperty("message", e.budget().message());
            JsonArray not = new JsonArray();
            for (Scenario.ExpectItem x : e.notEvaluated()) {
                JsonObject j = new JsonObject();
                j.addProperty("line", x.line());
                j.addProperty("text", x.text());
                not.add(j);
            }
            v.add("notEvaluated", not);
            o.add("budgetExceeded", v);
        }
        JsonArray ex = new JsonArray();
        for (ExpectationResult x : e.expectations()) {
            JsonObject j = new JsonObject();
            j.addProperty("line", x.line());
            j.addProperty("text", x.text());
            j.addProperty("passed", x.passed());
            j.addProperty("found", x.actual());
            j.addProperty("afterStep", x.afterStep());
            ex.add(j);
        }
        o.add("expectations", ex);
        JsonArray hz = new JsonArray();
        for (HazardRecord h : e.hazards()) {
            JsonObject j = new JsonObject();
            j.addProperty("kind", h.kind());
            j.addProperty("step", h.step());
            j.addProperty("line", h.line());
            j.addProperty("pfn", h.pfn());
            j.addProperty("message", h.message());
            hz.add(j);
        }
        o.add("hazards", hz);
        JsonArray steps = new JsonArray();
        for (TraceStep s : e.steps()) {
            JsonObject j = new JsonObject();
            j.addProperty("index", s.index());
            j.addProperty("line", s.line());
            j.addProperty("actor", s.actor());
            j.addProperty("text", s.text());
            j.addProperty("errno", s.errno());
            j.add("calls", calls(s.calls()));
            steps.add(j);
        }
        o.add("steps", steps);
        JsonArray frames = new JsonArray();
        for (StateView.FrameRow f : StateView.frames(e.simulation().kernel())) {
            JsonObject j = new JsonObject();
            j.addProperty("pfn", f.pfn());
            j.addProperty("zone", f.zone());
            j.addProperty("refcount", f.refcount());
            j.addProperty("mapcount", f.mapcount());
            j.addProperty("pincount", f.pincount());
            j.addProperty("state", f.state());
            j.addProperty("flags", f.flags());
            j.addProperty("content", f.content());
            frames.add(j);
        }
        o.add("finalFrames", frames);
        return o;
    }

    /** The call tree of a step: function, the frame it is about (when it is about one), detail, its calls. */
    private static JsonArray calls(List<KernelCall> calls) {
        JsonArray out = new JsonArray();
        for (KernelCall c : calls) {
            JsonObject j = new JsonObject();
            j.addProperty("function", c.function());
            if (c.pfn() >= 0) {
                j.addProperty("pfn", c.pfn());
            }
            j.addProperty("detail", c.detail());
            j.add("calls", calls(c.calls()));
            out.add(j);
        }
        return out;
    }
}
