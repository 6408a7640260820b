package org.mmscope.debug.dap;

import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.report.Escape;

/**
 * The console text of a debugged run, in the words of {@code mmscope run}: the file and title when the session
 * starts, then per era (when its thread reaches the end) one line per expectation, the hazards, an invariant
 * violation or budget stop, and the summary. What a scenario wrote is printed with control characters escaped.
 */
final class RunConsole {
    private RunConsole() {
    }

    static String header(Scenario s) {
        return line(s.source() + ": " + s.title());
    }

    static String era(EraRun era) {
        StringBuilder b = new StringBuilder(line("  " + era.era() + ":"));
        for (ExpectationResult e : era.expectations()) {
            b.append(line("    " + (e.passed() ? "PASS" : "FAIL") + "  line " + e.line() + ": " + e.text()
                    + (e.passed() ? "" : "   (found: " + e.actual() + ")")));
        }
        for (HazardRecord h : era.hazards()) {
            b.append(line("    hazard " + h.kind() + " at step " + h.step() + " (line " + h.line() + "): " + h.message()));
        }
        if (era.violation() != null) {
            b.append(line("    INVARIANT VIOLATED near line " + era.violationLine() + ": " + era.violation()));
        }
        if (era.budget() != null) {
            b.append(line("    STOPPED at line " + era.budget().line() + ": " + era.budget().message()));
        }
        for (Scenario.ExpectItem x : era.notEvaluated()) {
            b.append(line("    not evaluated  line " + x.line() + ": " + x.text()));
        }
        b.append(line("    " + (era.passed() ? "ok" : "FAILED") + ": " + (era.expectations().size() - era.failedCount()) + "/"
                + era.expectations().size()
                + " expectations hold" + (era.notEvaluated().isEmpty() ? "" : ", " + era.notEvaluated().size() + " not evaluated") + ", "
                + era.steps().size() + " steps"));
        return b.toString();
    }

    /** The exit code {@code mmscope run} gives this result: 0 when every era passed, 1 otherwise. */
    static int exitCode(RunResult r) {
        return r.passed() ? 0 : 1;
    }

    private static String line(String text) {
        return Escape.controls(text) + "\n";
    }
}
