package org.mmscope.report;

import java.util.List;

import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;

/** The index page of a multi-scenario report: one row per scenario, one column per era, links to the pages. */
public final class IndexReport {
    private IndexReport() {
    }

    /** {@code pages.get(i)} is the relative file name of {@code results.get(i)}'s own report. */
    public static String render(List<RunResult> results, List<String> pages) {
        long passed = results.stream().filter(RunResult::passed).count();
        StringBuilder b = new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>mmscope reports</title><style>")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}"
                        + "th{background:#f4f4f4}.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}")
                .append("</style></head><body>\n<h1>mmscope reports</h1>\n<p>").append(passed).append(" of ").append(results.size())
                .append(" scenarios hold in every era.</p>\n<table><tr><th>scenario</th><th>file</th><th>eras</th></tr>\n");
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            b.append("<tr><td><a href=\"").append(HtmlReport.esc(pages.get(i))).append("\">").append(HtmlReport.esc(r.scenario().title()))
                    .append("</a></td><td><code>").append(HtmlReport.esc(r.scenario().source())).append("</code></td><td>");
            for (EraRun e : r.eras()) {
                b.append("<span class=\"").append(e.passed() ? "pass" : "fail").append("\">").append(HtmlReport.esc(e.era())).append(' ')
                        .append(e.passed() ? "pass" : "FAIL").append("</span> ");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table></body></html>\n").toString();
    }
}
