package org.mmscope.live;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.mmscope.engine.scenario.Scenario;
import org.mmscope.live.KernelSide.HostProblem;

/**
 * {@code mmscope live} for one scenario: translate, check the host, run the C program and the engine, compare
 * step by step and print the tables. Exit status: 0 every compared step agrees, 1 a disagreement, 3 the host
 * cannot run it (the reason is printed).
 */
public final class LiveSession {
    public static final int AGREE = 0;
    public static final int DISAGREE = 1;
    public static final int HOST = 3;

    /** Options: where to keep the C program, whether a temporary swap file may be set up, the time limit. */
    public record Options(Path keepC, boolean allowSwapfile, long timeoutSeconds, boolean quiet) {
        public static Options defaults() {
            return new Options(null, false, 120, false);
        }
    }

    /** What a run found; {@code steps} is empty when the host could not run it. */
    public record Outcome(int status, LivePlan plan, List<Comparison.Step> steps, String hostProblem, long kernelNanos, long engineNanos) {
        public int disagreements() {
            return steps.stream().mapToInt(Comparison.Step::disagreements).sum();
        }
    }

    private LiveSession() {
    }

    public static Outcome run(Scenario scenario, String file, Options options, PrintWriter out) {
        LivePlan plan = LiveTranslator.translate(scenario);
        out.printf("mmscope live: %s — %s%n", file, scenario.title());
        for (LivePlan.Untranslatable u : plan.untranslatable()) {
            out.printf("   not translatable here: %s%n", u);
        }
        if (plan.steps().isEmpty()) {
            out.println("   nothing to run live: the first step is not translatable");
            out.flush();
            return new Outcome(HOST, plan, List.of(), "no translatable step", 0, 0);
        }
        try {
            boolean swapfile = Host.check(plan, options.allowSwapfile());
            if (swapfile) {
                out.println("   host change: a temporary 64 MiB swap file is switched on for the run and removed afterwards");
            }
            out.flush();
            KernelSide.Result k = KernelSide.run(plan, options.keepC(), swapfile, options.timeoutSeconds());
            ModelSide.Result m = ModelSide.run(plan);
            List<Comparison.Step> steps = Comparison.compare(plan, k.snapshots(), m.snapshots());
            if (!options.quiet()) {
                LiveTable.print(out, steps);
            }
            long engine = engineNanos(plan);
            Outcome o = new Outcome(m.stopped() == null && steps.stream().allMatch(s -> s.disagreements() == 0) ? AGREE : DISAGREE,
                    plan, steps, null, k.nanos(), engine);
            if (m.stopped() != null) {
                out.printf("!! the engine stopped: %s%n", m.stopped());
            }
            summary(out, o);
            return o;
        } catch (HostProblem e) {
            out.printf("   the host cannot run this: %s%n", e.getMessage());
            out.flush();
            return new Outcome(HOST, plan, List.of(), e.getMessage(), 0, 0);
        } catch (IOException e) {
            out.printf("   the host cannot run this: %s%n", e);
            out.flush();
            return new Outcome(HOST, plan, List.of(), e.toString(), 0, 0);
        }
    }

    /** The engine's time for the plan's steps: the median of 21 runs after 200 that warm the JIT up. */
    private static long engineNanos(LivePlan plan) {
        for (int i = 0; i < 200; i++) {
            ModelSide.timeNanos(plan);
        }
        long[] t = new long[21];
        for (int i = 0; i < t.length; i++) {
            t[i] = ModelSide.timeNanos(plan);
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private static void summary(PrintWriter out, Outcome o) {
        int total = o.plan().steps().size() + o.plan().untranslatable().size();
        out.printf(
                "%s %d of %d steps compared with the live kernel, %d disagreement(s)%s; steps took %.3f ms on the kernel, %.3f ms in the engine%n",
                o.status() == AGREE ? "agree:" : "DISAGREE:", o.steps().size(), total, o.disagreements(),
                o.plan().complete() ? "" : ", " + o.plan().untranslatable().size() + " not translatable",
                o.kernelNanos() / 1e6, o.engineNanos() / 1e6);
        out.flush();
    }
}
