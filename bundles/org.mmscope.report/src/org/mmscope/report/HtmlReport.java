package org.mmscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Frame;

/**
 * One self-contained HTML file (inline CSS and SVG, no scripts, no external resources). Eras side by side:
 * expectations, hazards, steps, the Timeline lanes (frames over steps), frame map, mappings and DMA. Everything from the scenario is escaped.
 */
final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
            h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px;margin:18px 0 6px}
            .eras{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:24px}
            .era{border:1px solid #ccc;border-radius:6px;padding:12px;overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}
            .hazard{background:#fff4e5}.ev{color:#555;font-size:12px;margin:0;padding-left:16px}.ev summary{cursor:pointer}.ev .n{color:#999}code{font-size:12px}
            .legend span{display:inline-block;margin-right:12px;font-size:12px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
            .summary{font-weight:600}
            """;

    private HtmlReport() {
    }

    static String render(List<RunResult> results) {
        StringBuilder b = new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>mmscope report</title><style>")
                .append(CSS).append("</style></head><body>\n<h1>mmscope report</h1>\n");
        for (RunResult r : results) {
            b.append("<h2>").append(esc(r.scenario().title())).append("</h2>\n<p><code>").append(esc(r.scenario().source()))
                    .append("</code> — ")
                    .append(r.passed() ? "<span class=\"pass\">all expectations hold</span>" : "<span class=\"fail\">failed</span>")
                    .append("</p>\n<div class=\"eras\">\n");
            for (EraRun e : r.eras()) {
                era(b, e);
            }
            b.append("</div>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static void era(StringBuilder b, EraRun e) {
        Timeline timeline = Timeline.of(e); // first: a recorded run's cursor moves while its lanes are read
        Kernel k = e.simulation().kernel();
        b.append("<section class=\"era\"><h2>").append(esc(e.era())).append("</h2>\n<p class=\"summary\">")
                .append(e.passed() ? "<span class=\"pass\">PASS</span>" : "<span class=\"fail\">FAIL</span>").append(" — ")
                .append(e.expectations().size() - e.failedCount()).append('/').append(e.expectations().size()).append(" expectations, ")
                .append(e.steps().size()).append(" steps</p>\n");
        if (e.violation() != null) {
            b.append("<p class=\"fail\">Invariant violated near line ").append(e.violationLine()).append(": ").append(esc(e.violation()))
                    .append("</p>\n");
        }
        if (e.budget() != null) {
            b.append("<p class=\"fail\">Stopped by a budget at line ").append(e.budget().line()).append(": ")
                    .append(esc(e.budget().message()))
                    .append("; not evaluated: ").append(e.notEvaluated().size()).append(" expectation(s)</p>\n");
        }
        b.append("<h3>Expectations</h3><table><tr><th>line</th><th>expectation</th><th>result</th><th>found</th></tr>\n");
        for (ExpectationResult x : e.expectations()) {
            b.append("<tr><td>").append(x.line()).append("</td><td><code>").append(esc(x.text())).append("</code></td><td class=\"")
                    .append(x.passed() ? "pass\">pass" : "fail\">FAIL").append("</td><td>").append(esc(x.actual())).append("</td></tr>\n");
        }
        b.append("</table>\n<h3>Hazards</h3>");
        if (e.hazards().isEmpty()) {
            b.append("<p>none</p>\n");
        } else {
            b.append("<table><tr><th>kind</th><th>step</th><th>line</th><th>what</th></tr>\n");
            for (HazardRecord h : e.hazards()) {
                b.append("<tr class=\"hazard\"><td>").append(esc(h.kind())).append("</td><td>").append(h.step()).append("</td><td>")
                        .append(h.line()).append("</td><td>").append(esc(h.message())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h3>Steps</h3><table><tr><th>#</th><th>line</th><th>actor</th><th>step and kernel functions</th><th>result</th></tr>\n");
        for (TraceStep s : e.steps()) {
            b.append("<tr").append(s.hazards().isEmpty() ? "" : " class=\"hazard\"").append("><td>").append(s.index()).append("</td><td>")
                    .append(s.line()).append("</td><td>").append(esc(s.actor())).append("</td><td><code>").append(esc(s.text()))
                    .append("</code>");
            calls(b, s.calls());
            b.append("</td><td>").append(s.failed() ? "<span class=\"fail\">" + esc(s.errno()) + "</span>" : "ok").append("</td></tr>\n");
        }
        b.append("</table>\n<h3>Timeline (frames over steps)</h3>\n");
        TimelineSvg.render(b, timeline);
        TimelineSvg.legend(b);
        b.append("<h3>Frame map (final state)</h3>\n");
        frameMap(b, k, e);
        b.append(
                "<table><tr><th>pfn</th><th>zone</th><th>ref</th><th>map</th><th>pins</th><th>state</th><th>flags</th><th>content</th></tr>\n");
        for (StateView.FrameRow f : StateView.frames(k)) {
            b.append("<tr><td>").append(f.pfn()).append("</td><td>").append(f.zone()).append("</td><td>").append(f.refcount())
                    .append("</td><td>")
                    .append(f.mapcount()).append("</td><td>").append(f.pincount()).append("</td><td>").append(esc(f.state()))
                    .append("</td><td>")
                    .append(esc(f.flags())).append("</td><td><code>").append(esc(f.content())).append("</code></td></tr>\n");
        }
        b.append("</table>\n<h3>Mappings</h3><table><tr><th>process</th><th>VMA</th><th>address</th><th>PTE</th><th>frame</th></tr>\n");
        for (StateView.MappingRow m : StateView.mappings(k)) {
            b.append("<tr><td>").append(esc(m.process())).append("</td><td><code>").append(esc(m.vma())).append("</code></td><td><code>")
                    .append(m.vaddr()).append("</code></td><td>")
                    .append(esc(m.pte())).append("</td><td>").append(esc(m.frame())).append("</td></tr>\n");
        }
        b.append(
                "</table>\n<h3>Frames → who maps or holds them</h3><table><tr><th>pfn</th><th>mapped by</th><th>held by (GUP)</th><th>devices</th></tr>\n");
        for (StateView.HolderRow h : StateView.holders(k)) {
            b.append("<tr><td>").append(h.pfn()).append("</td><td>").append(esc(h.mappedBy())).append("</td><td>").append(esc(h.heldBy()))
                    .append("</td><td>").append(esc(h.devices())).append("</td></tr>\n");
        }
        b.append("</table>\n<h3>DMA</h3>");
        List<StateView.DmaRow> dma = StateView.dma(k);
        if (dma.isEmpty()) {
            b.append("<p>no device mappings</p>\n");
        } else {
            b.append("<table><tr><th>device</th><th>handle</th><th>direction</th><th>bus addresses (pfns)</th><th>pinned by</th></tr>\n");
            for (StateView.DmaRow d : dma) {
                b.append("<tr><td>").append(esc(d.device())).append("</td><td>").append(esc(d.handle())).append("</td><td>")
                        .append(d.direction())
                        .append("</td><td>").append(esc(d.busPfns())).append("</td><td>").append(esc(d.holder())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("</section>\n");
    }

    /**
     * The kernel calls of a step as nested lists: the step's own calls shown, what each of them called folded
     * into a {@code <details>} (no script needed).
     */
    private static void calls(StringBuilder b, List<KernelCall> calls) {
        if (calls.isEmpty()) {
            return;
        }
        b.append("<ul class=\"ev\">");
        for (KernelCall c : calls) {
            b.append("<li>");
            if (c.calls().isEmpty()) {
                call(b, c);
            } else {
                b.append("<details><summary>");
                call(b, c);
                b.append(" <span class=\"n\">(").append(c.calls().size()).append(")</span></summary>");
                calls(b, c.calls());
                b.append("</details>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private static void call(StringBuilder b, KernelCall c) {
        b.append("<b>").append(esc(c.function())).append("</b>").append(c.pfn() >= 0 ? " pfn " + c.pfn() : "");
        if (!c.detail().isEmpty()) {
            b.append(": ").append(esc(c.detail()));
        }
    }

    /** Every frame the run touched (allocated now, or named by a trace event and free now), by pfn. */
    private static void frameMap(StringBuilder b, Kernel k, EraRun run) {
        TreeSet<Long> pfns = new TreeSet<>();
        k.state().getFrames().forEach(f -> pfns.add(f.getPfn()));
        run.steps().forEach(s -> s.events().forEach(ev -> {
            if (ev.pfn() >= 0) {
                pfns.add(ev.pfn());
            }
        }));
        List<Long> all = new ArrayList<>(pfns);
        int cell = 34;
        int perRow = 12;
        int rows = Math.max(1, (all.size() + perRow - 1) / perRow);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(perRow * cell + 2).append("\" height=\"")
                .append(rows * cell + 2)
                .append("\" role=\"img\" aria-label=\"frame map\">\n");
        for (int i = 0; i < all.size(); i++) {
            long pfn = all.get(i);
            Frame f = k.frames().get(pfn);
            FrameStates st = f == null ? FrameStates.FREE : StateView.stateOf(k, f);
            String title = f == null ? "pfn " + pfn + ": free now" : "pfn " + pfn + ": " + st.label + ", refcount " + f.getRefcount()
                    + ", mapcount " + f.getMapcount() + ", " + FrameStates.flags(f);
            int x = 1 + (i % perRow) * cell;
            int y = 1 + (i / perRow) * cell;
            b.append("<g><title>").append(esc(title)).append("</title><rect x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"").append(cell - 3).append("\" height=\"").append(cell - 3).append("\" fill=\"").append(st.color)
                    .append("\" stroke=\"#888\" rx=\"3\"/><text x=\"").append(x + (cell - 3) / 2).append("\" y=\"").append(y + cell / 2 + 1)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"").append(f == null ? "#555" : "#fff").append("\">")
                    .append(pfn)
                    .append("</text></g>\n");
        }
        b.append("</svg>\n<p class=\"legend\">");
        for (FrameStates st : FrameStates.values()) {
            b.append("<span><i style=\"background:").append(st.color).append(";border:1px solid #888\"></i>").append(esc(st.label))
                    .append("</span>");
        }
        b.append("<span>(numbers are pfns; frames never touched are not drawn; hover a frame for its counters)</span></p>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : Escape.xml(s).toCharArray()) {
            switch (c) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> b.append(c);
            }
        }
        return b.toString();
    }
}
