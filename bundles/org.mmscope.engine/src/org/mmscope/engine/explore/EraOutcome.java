package org.mmscope.engine.explore;

import java.util.List;
import java.util.SortedSet;

import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.Scenario;

/**
 * What exploring one era found. {@code schedules}: complete schedules run to their end (a state reached again is
 * not run on, so each stands for all that merge into it); {@code states}: distinct states by canonical hash and
 * program position; {@code transitions}: steps and events executed. {@code shortest} is the shortest failing
 * schedule (null when none failed), {@code failures} the distinct kinds of failure seen ({@link Failure#kind}); {@code stoppedBy} says which budget ended the search early (null when it
 * covered everything), and then the counts are what was covered.
 */
public record EraOutcome(String era, long schedules, long states, long transitions, long failing, long nanos, long peakHeapBytes,
        Failure shortest, SortedSet<String> failures, String stoppedBy, int stoppedAtLine, int stoppedAtColumn, boolean reduced) {

    /**
     * A failing schedule: the steps in the order they ran (inserted kernel events have line 0), the expectations
     * that failed on it, or the invariant it broke.
     */
    public record Failure(List<Scenario.StepItem> schedule, List<ExpectationResult> failed, String violation, int violationLine) {
        /** How the schedule fails, in one line. */
        public String reason() {
            if (violation != null) {
                return "invariant violated after line " + violationLine + ": " + violation;
            }
            ExpectationResult e = failed.get(0);
            return "line " + e.line() + ": " + e.text() + " fails (found: " + e.actual() + ")";
        }

        /** What kind of failure this is, independent of the schedule: the failing expectations' lines, or the invariant. */
        public String kind() {
            return violation != null ? "invariant: " + violation.replaceAll("[0-9]+", "#")
                    : "expectations at lines " + failed.stream().map(e -> String.valueOf(e.line())).toList();
        }
    }

    public boolean passed() {
        return failing == 0 && stoppedBy == null;
    }

    public boolean complete() {
        return stoppedBy == null;
    }

    public double statesPerSecond() {
        return nanos == 0 ? 0 : states * 1e9 / nanos;
    }
}
