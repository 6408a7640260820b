package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmscope.engine.scenario.Scenario;

/**
 * A failing schedule written back as a scenario file that {@code mmscope run} reproduces: the original text with
 * each {@code parallel} block replaced by its steps in the failing order, the kernel events the explorer inserted
 * written as {@code kernel:} steps where they ran, the {@code kernel} line naming the eras the schedule fails in,
 * and a header saying what fails and why. Everything else — comments, machine, expectations — is kept as written.
 */
public final class Counterexample {
    private static final Pattern KERNEL_LINE = Pattern.compile("^\\s*kernel\\s+[^:]*$");
    private static final Pattern SCENARIO_LINE = Pattern.compile("^\\s*scenario\\s+\".*");
    private static final Pattern ERA_LIST = Pattern.compile("expect\\s*\\[([^\\]]*)\\]");

    private Counterexample() {
    }

    /**
     * @param lines    the original file's lines
     * @param fileName the original file's name, for the header
     * @param eras     the eras this schedule fails in (the {@code kernel} line)
     * @param why      per failing era, how it fails (one line each)
     */
    public static String render(List<String> lines, String fileName, Scenario original, EraOutcome.Failure failure, List<String> eras,
            List<String> why) {
        List<String> out = new ArrayList<>();
        out.add("// Counterexample written by mmscope explore from " + fileName + ": the schedule that fails, step by step;");
        out.add("// 'mmscope run' on this file reproduces it.");
        for (String w : why) {
            out.add("//   " + w);
        }
        Lines in = new Lines(lines, eras, original);
        List<Scenario.StepItem> schedule = failure.schedule();
        Set<Scenario.StepItem> ran = Collections.newSetFromMap(new IdentityHashMap<>());
        ran.addAll(schedule);
        int p = 0;
        int next = 1;
        for (Scenario.Item item : original.items()) {
            if (item instanceof Scenario.StepItem st) {
                next = in.copy(next, st.line() - 1, out);
                String indent = indent(lines, st.line());
                while (p < schedule.size() && schedule.get(p).line() == 0) {
                    out.add(indent + schedule.get(p++).text() + "   // inserted by mmscope explore");
                }
                next = in.copy(next, st.line(), out);
                if (p < schedule.size() && schedule.get(p) == st) {
                    p++;
                }
            } else if (item instanceof Scenario.ParallelItem par) {
                next = in.copy(next, par.line() - 1, out);
                String indent = indent(lines, par.line());
                out.add(indent + "// parallel block of lines " + par.line() + "-" + par.endLine() + ", in the failing order:");
                int left = par.steps().size();
                while (left > 0 && p < schedule.size()) {
                    Scenario.StepItem s = schedule.get(p++);
                    if (s.line() == 0) {
                        out.add(indent + s.text() + "   // inserted by mmscope explore");
                    } else {
                        out.add(indent + s.text());
                        left--;
                    }
                }
                for (Scenario.StepItem s : par.steps()) {
                    if (!ran.contains(s)) {
                        out.add(indent + s.text() + "   // not reached by the failing schedule");
                    }
                }
                next = par.endLine() + 1;
            }
        }
        in.copy(next, lines.size(), out);
        if (out.stream().noneMatch(l -> KERNEL_LINE.matcher(l).matches())) {
            for (int i = 0; i < out.size(); i++) {
                if (SCENARIO_LINE.matcher(out.get(i)).matches()) {
                    out.add(i + 1, kernelLine(eras));
                    break;
                }
            }
        }
        return String.join("\n", out) + "\n";
    }

    /** The original lines, copied with the {@code kernel} line and the era lists of expectations cut to the file's eras. */
    private record Lines(List<String> lines, List<String> eras, Set<Integer> expectations) {
        Lines(List<String> lines, List<String> eras, Scenario original) {
            this(lines, eras, expectationLines(original));
        }

        private static Set<Integer> expectationLines(Scenario s) {
            Set<Integer> out = new HashSet<>();
            for (Scenario.Item i : s.items()) {
                if (i instanceof Scenario.ExpectItem e && !e.eras().isEmpty()) {
                    out.add(e.line());
                }
            }
            return out;
        }

        /** Copies lines {@code from}..{@code to} (1-based, inclusive); returns the next line to copy. */
        int copy(int from, int to, List<String> out) {
            for (int i = from; i <= to && i <= lines.size(); i++) {
                String l = lines.get(i - 1);
                if (KERNEL_LINE.matcher(l).matches()) {
                    out.add(kernelLine(eras) + "   // the eras this schedule fails in");
                } else if (expectations.contains(i)) {
                    out.add(cutEras(l));
                } else {
                    out.add(l);
                }
            }
            return Math.max(from, to + 1);
        }

        /** {@code expect [E1, E2] ...} keeps the eras of this file; an expectation for none of them becomes a comment. */
        private String cutEras(String l) {
            Matcher m = ERA_LIST.matcher(l);
            if (!m.find()) {
                return l;
            }
            List<String> kept = Arrays.stream(m.group(1).split(",")).map(String::trim).filter(eras::contains).toList();
            if (kept.isEmpty()) {
                return "// " + l.strip() + "   (for eras this counterexample does not run)";
            }
            return l.substring(0, m.start()) + "expect [" + String.join(", ", kept) + "]" + l.substring(m.end());
        }
    }

    private static String kernelLine(List<String> eras) {
        return "kernel " + String.join(", ", eras);
    }

    private static String indent(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String l = lines.get(line - 1);
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return l.substring(0, i);
    }
}
