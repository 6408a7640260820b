package org.mmscope.live.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.live.Comparison;
import org.mmscope.live.Host;
import org.mmscope.live.KernelSide;
import org.mmscope.live.KernelSide.HostProblem;
import org.mmscope.live.LivePlan;
import org.mmscope.live.LiveTable;
import org.mmscope.live.LiveTranslator;
import org.mmscope.live.ModelSide;
import org.mmscope.live.ScenarioGenerator;

/**
 * Differential fuzzing: generated scenarios run live and in the engine, compared step by step (without the
 * engine timing that {@code mmscope live} prints), and a statement-deletion shrinker for disagreements.
 */
final class Campaign {
    static final int MAX_STEPS = 16;
    private static final ScenarioLoader LOADER = ScenarioLoader.create();

    /** One live run: {@code hostProblem} set when the host could not run it. */
    record Run(String text, int compared, int disagreements, boolean engineStopped, String table, String hostProblem, String signature) {
        boolean disagrees() {
            return hostProblem == null && (disagreements > 0 || engineStopped);
        }
    }

    private Campaign() {
    }

    static Scenario parseOrNull(String text) {
        ScenarioLoader.Loaded l = LOADER.load(text, "generated.mms");
        return l.hasErrors() ? null : l.scenario();
    }

    static String generate(long seed) {
        return ScenarioGenerator.generate(seed, MAX_STEPS, Campaign::parseOrNull);
    }

    static Run run(String text) {
        Scenario s = parseOrNull(text);
        if (s == null) {
            return new Run(text, 0, 0, false, "", "does not parse", "");
        }
        LivePlan plan = LiveTranslator.translate(s);
        if (plan.steps().isEmpty()) {
            return new Run(text, 0, 0, false, "", "no translatable step", "");
        }
        try {
            boolean swapfile = Host.check(plan, true);
            KernelSide.Result k = KernelSide.run(plan, null, swapfile, 60);
            ModelSide.Result m = ModelSide.run(plan);
            List<Comparison.Step> steps = Comparison.compare(plan, k.snapshots(), m.snapshots());
            StringWriter table = new StringWriter();
            PrintWriter out = new PrintWriter(table);
            for (LivePlan.Untranslatable u : plan.untranslatable()) {
                out.printf("   not translatable here: %s%n", u);
            }
            LiveTable.print(out, steps);
            if (m.stopped() != null) {
                out.printf("!! the engine stopped: %s%n", m.stopped());
            }
            out.flush();
            int d = steps.stream().mapToInt(Comparison.Step::disagreements).sum();
            return new Run(text, steps.size(), d, m.stopped() != null, table.toString(), null, signature(steps, m.stopped()));
        } catch (HostProblem e) {
            return new Run(text, 0, 0, false, "", e.getMessage(), "");
        } catch (IOException e) {
            return new Run(text, 0, 0, false, "", e.toString(), "");
        }
    }

    /** What the first disagreeing step is and what differs there: the operation, then the fields. */
    static String signature(List<Comparison.Step> steps, String stopped) {
        for (Comparison.Step s : steps) {
            if (s.disagreements() == 0) {
                continue;
            }
            String text = s.step().text();
            String op = text.substring(text.indexOf(':') + 1).trim();
            if (op.contains("=")) {
                op = op.substring(op.indexOf('=') + 1).trim();
            }
            op = op.split(" ")[0]
                    + (op.startsWith("madvise") || op.startsWith("dma") ? " " + op.split(" ")[op.startsWith("dma") ? 1 : 2] : "");
            TreeSet<String> what = new TreeSet<>();
            if (s.resultDiffers()) {
                what.add("outcome " + s.kernelResult() + " vs " + s.modelResult());
            }
            s.rows().forEach(r -> what.addAll(r.differs()));
            return op + ": " + String.join(", ", what);
        }
        return stopped != null ? "engine stopped" : "";
    }

    /** Deletes step lines one at a time while the scenario still disagrees with the same signature. */
    static Run shrink(Run failing) {
        Run best = failing;
        boolean changed = true;
        while (changed) {
            changed = false;
            List<String> lines = new ArrayList<>(List.of(best.text().split("\n", -1)));
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (!line.contains(":") || line.startsWith("//") || line.startsWith("scenario")) {
                    continue;
                }
                List<String> fewer = new ArrayList<>(lines);
                fewer.remove(i);
                Run r = run(String.join("\n", fewer));
                if (r.disagrees() && r.signature().equals(failing.signature())) {
                    best = r;
                    lines = fewer;
                    changed = true;
                }
            }
        }
        return best;
    }
}
