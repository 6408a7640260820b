package org.mmscope.debug.ui.launch;

import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.trace.HazardRecord;

/** The console text of a run, in the words of {@code mmscope run} (PASS/FAIL per expectation, hazards, budgets). */
public final class RunOutput {
    private RunOutput() {
    }

    public static String of(RunResult r) {
        StringBuilder out = new StringBuilder();
        Scenario s = r.scenario();
        out.append(s.source()).append(": ").append(s.title()).append('\n');
        for (EraRun era : r.eras()) {
            out.append("  ").append(era.era()).append(":\n");
            for (ExpectationResult e : era.expectations()) {
                out.append("    ").append(e.passed() ? "PASS" : "FAIL").append("  line ").append(e.line()).append(": ").append(e.text())
                        .append(e.passed() ? "" : "   (found: " + e.actual() + ")").append('\n');
            }
            for (HazardRecord h : era.hazards()) {
                out.append("    hazard ").append(h.kind()).append(" at step ").append(h.step()).append(" (line ").append(h.line())
                        .append("): ").append(h.message()).append('\n');
            }
            if (era.violation() != null) {
                out.append("    INVARIANT VIOLATED near line ").append(era.violationLine()).append(": ").append(era.violation())
                        .append('\n');
            }
            if (era.budget() != null) {
                out.append("    STOPPED at ").append(s.source()).append(':').append(era.budget().line()).append(':')
                        .append(era.budget().column()).append(": ").append(era.budget().message()).append('\n');
            }
            for (Scenario.ExpectItem x : era.notEvaluated()) {
                out.append("    not evaluated  line ").append(x.line()).append(": ").append(x.text()).append('\n');
            }
            out.append("    ").append(era.passed() ? "ok" : "FAILED").append(": ").append(era.expectations().size() - era.failedCount())
                    .append('/').append(era.expectations().size()).append(" expectations hold, ").append(era.steps().size())
                    .append(" steps\n");
        }
        return out.toString();
    }
}
