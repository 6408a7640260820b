package org.mmscope.debug.ui.explore;

import java.util.Locale;

import org.mmscope.engine.explore.EraOutcome;

/** The console text of an exploration, in the words of {@code mmscope explore} (counts and PASS/FAIL per era). */
final class ExploreOutput {
    private ExploreOutput() {
    }

    static String header(String source, String title, ExploreLaunchSettings s) {
        return source + ": " + title + "  (explore" + (s.events().isEmpty() ? "" : " with " + String.join(",",
                s.events().stream().sorted().map(e -> e.option()).toList()) + ", at most " + s.maxEvents() + " event(s) per schedule")
                + (s.reduction() ? "" : ", no reduction") + ", at most " + String.format(Locale.ROOT, "%,d", s.maxStates())
                + " states per era)\n";
    }

    /** One era as the command line prints it; a search that a budget stopped says where, as file:line:col. */
    static String era(String source, EraOutcome e) {
        StringBuilder out = new StringBuilder();
        String verdict = e.failing() > 0 ? "FAIL" : e.complete() ? "PASS" : "INCOMPLETE";
        out.append(String.format(Locale.ROOT, "  %s: %s  %,d schedule(s), %,d distinct state(s), %,d transition(s), %,d failing; "
                + "%,.0f states/s, peak heap %,d MiB%s%n", e.era(), verdict, e.schedules(), e.states(), e.transitions(), e.failing(),
                e.statesPerSecond(), e.peakHeapBytes() >> 20, e.reduced() ? "" : ", no reduction"));
        if (e.shortest() != null) {
            out.append("    shortest failing schedule (").append(e.shortest().schedule().size()).append(" steps): ")
                    .append(e.shortest().reason()).append('\n');
        }
        if (!e.complete()) {
            out.append(source).append(':').append(e.stoppedAtLine()).append(':').append(Math.max(1, e.stoppedAtColumn()))
                    .append(": error: ")
                    .append(e.era()).append(": ").append(e.stoppedBy()).append("; the search covered ").append(e.states())
                    .append(" state(s) and ").append(e.schedules()).append(" schedule(s), not all\n");
        }
        return out.toString();
    }
}
