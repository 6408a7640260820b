package org.mmscope.report;

import java.util.List;

import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.TraceStep;

/** GitHub-flavoured Markdown: tables, and a compact text frame map, for pull requests and mailing lists. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(List<RunResult> results) {
        StringBuilder b = new StringBuilder("# mmscope report\n");
        for (RunResult r : results) {
            b.append("\n## ").append(cell(r.scenario().title())).append("\n\n`")
                    .append(Escape.controls(r.scenario().source().replace("`", "'")))
                    .append("` — ").append(r.passed() ? "**all expectations hold**" : "**FAILED**").append("\n");
            for (EraRun e : r.eras()) {
                b.append("\n### ").append(e.era()).append(" — ").append(e.passed() ? "pass" : "FAIL").append("\n\n");
                if (e.violation() != null) {
                    b.append("**Invariant violated** near line ").append(e.violationLine()).append(": ").append(cell(e.violation()))
                            .append("\n\n");
                }
                if (e.budget() != null) {
                    b.append("**Stopped by a budget** at line ").append(e.budget().line()).append(": ").append(cell(e.budget().message()))
                            .append("; not evaluated: ").append(e.notEvaluated().size()).append(" expectation(s)\n\n");
                }
                b.append("| line | expectation | result | found |\n|---:|---|---|---|\n");
                for (ExpectationResult x : e.expectations()) {
                    b.append("| ").append(x.line()).append(" | `").append(cell(x.text()).replace("`", "'")).append("` | ")
                            .append(x.passed() ? "pass" : "**FAIL**").append(" | ").append(cell(x.actual())).append(" |\n");
                }
                b.append("\nHazards: ");
                if (e.hazards().isEmpty()) {
                    b.append("none\n");
                } else {
                    b.append("\n\n");
                    for (HazardRecord h : e.hazards()) {
                        b.append("- **").append(h.kind()).append("** at step ").append(h.step()).append(" (line ").append(h.line())
                                .append("): ")
                                .append(cell(h.message())).append("\n");
                    }
                }
                b.append("\n| # | line | actor | step | result |\n|---:|---:|---|---|---|\n");
                for (TraceStep s : e.steps()) {
                    b.append("| ").append(s.index()).append(" | ").append(s.line()).append(" | ").append(cell(s.actor())).append(" | `")
                            .append(cell(s.text()).replace("`", "'")).append("` | ").append(s.failed() ? s.errno() : "ok").append(" |\n");
                }
                b.append("\nFrames at the end (pfn:state ref/map):\n\n```\n");
                int i = 0;
                for (StateView.FrameRow f : StateView.frames(e.simulation().kernel())) {
                    b.append(String.format("%6d:%-18s %4d/%-2d", f.pfn(), f.state(), f.refcount(), f.mapcount()));
                    b.append(++i % 3 == 0 ? "\n" : "  ");
                }
                b.append(i % 3 == 0 ? "" : "\n").append("```\n");
            }
        }
        return b.toString();
    }

    /** Text safe inside a table cell: no pipes or newlines, HTML-significant characters escaped, control characters as \\xNN. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return Escape.controls(s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;"));
    }
}
