package org.mmscope.live;

import java.io.PrintWriter;
import java.util.List;

import org.mmscope.live.Comparison.Row;
import org.mmscope.live.Comparison.Step;

/** The text of {@code mmscope live}: a table per step, kernel beside engine, disagreements marked {@code !!}. */
public final class LiveTable {
    private static final int WIDTH = 44;

    private LiveTable() {
    }

    public static void print(PrintWriter out, List<Step> steps) {
        for (Step s : steps) {
            out.printf("%s step %d  line %d  %s%n", s.disagreements() > 0 ? "!!" : "  ", s.index(), s.step().line(), s.step().text());
            if (s.step().standIn() != null) {
                out.printf("       (live: %s)%n", s.step().standIn());
            }
            out.printf("   %-24s %-" + WIDTH + "s %s%n", "", "linux (this host)", "mmscope " + ModelSide.era().name());
            String mark = s.resultDiffers() ? "!!" : "  ";
            String modelResult = s.step().compareResult() ? s.modelResult() : s.modelResult() + " (not compared)";
            out.printf("%s %-24s %-" + WIDTH + "s %s%n", mark, "outcome", s.kernelResult(), modelResult);
            for (Row r : s.rows()) {
                out.printf("%s %-24s %-" + WIDTH + "s %s%s%n", r.agrees() ? "  " : "!!", r.key(), r.kernel(), r.model(),
                        r.agrees() ? "" : "   <- " + String.join(", ", r.differs()));
            }
            out.println();
        }
    }
}
