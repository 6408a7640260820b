package org.mmscope.report;

import java.util.List;

import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;

/** JUnit XML: one testsuite per scenario and era, one testcase per expectation. */
final class JunitReport {
    private JunitReport() {
    }

    static String render(List<RunResult> results) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"mmscope\">\n");
        for (RunResult r : results) {
            for (EraRun e : r.eras()) {
                int stops = (e.violation() != null ? 1 : 0) + (e.budget() != null ? 1 : 0);
                int failures = (int) e.failedCount() + stops;
                b.append("  <testsuite name=\"").append(attr(r.scenario().title() + " [" + e.era() + "]")).append("\" tests=\"")
                        .append(e.expectations().size() + stops).append("\" failures=\"").append(failures)
                        .append("\" errors=\"0\">\n");
                for (ExpectationResult x : e.expectations()) {
                    b.append("    <testcase classname=\"").append(attr(r.scenario().source())).append("\" name=\"line ").append(x.line())
                            .append(": ").append(attr(x.text())).append("\"");
                    if (x.passed()) {
                        b.append("/>\n");
                    } else {
                        b.append(">\n      <failure message=\"").append(attr("found: " + x.actual())).append("\">")
                                .append(text(r.scenario().source() + ":" + x.line() + ": " + x.text() + " — found: " + x.actual()))
                                .append("</failure>\n    </testcase>\n");
                    }
                }
                if (e.violation() != null) {
                    b.append("    <testcase classname=\"").append(attr(r.scenario().source())).append("\" name=\"invariants\">\n")
                            .append("      <failure message=\"").append(attr(e.violation())).append("\">line ").append(e.violationLine())
                            .append(": ").append(text(e.violation())).append("</failure>\n    </testcase>\n");
                }
                if (e.budget() != null) {
                    b.append("    <testcase classname=\"").append(attr(r.scenario().source())).append("\" name=\"budget\">\n")
                            .append("      <failure message=\"").append(attr(e.budget().message())).append("\">line ")
                            .append(e.budget().line())
                            .append(": ").append(text(e.budget().message())).append("</failure>\n    </testcase>\n");
                }
                b.append("  </testsuite>\n");
            }
        }
        return b.append("</testsuites>\n").toString();
    }

    /** Character data: markup escaped, and what XML 1.0 cannot carry (controls, U+FFFE, U+FFFF, lone surrogates) as visible escapes. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Escape.xml(s).toCharArray()) {
            switch (c) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
