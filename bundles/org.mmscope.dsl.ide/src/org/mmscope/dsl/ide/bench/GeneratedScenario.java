package org.mmscope.dsl.ide.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A valid scenario of about {@code lines} lines for the editor-latency benchmark: eight processes, then blocks of
 * six lines (a mapping, a write, a pin, a device map, two expectations), one process after another, and every 50
 * blocks a fork whose child writes an inherited mapping. Every name resolves, so validation does all its work.
 */
public final class GeneratedScenario {
    /** One line of the text and what it is (0-based line numbers). */
    public record Line(int number, String text) {
    }

    private static final int PROCESSES = 8;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> writes = new ArrayList<>();

    private GeneratedScenario(int target) {
        lines.add("scenario \"editor latency\"");
        lines.add("kernel linux-6.12");
        lines.add("device nic");
        for (int p = 0; p < PROCESSES; p++) {
            lines.add("process p" + p);
        }
        for (int i = 0; lines.size() < target; i++) {
            String p = "p" + (i % PROCESSES);
            String m = "m" + i;
            String h = "h" + i;
            lines.add(p + ": " + m + " = mmap anon 4 pages read write");
            writes.add(lines.size());
            lines.add(p + ": write " + m + "[1] \"x\"");
            lines.add(p + ": " + h + " = pin " + m + "[0..1] write");
            lines.add("nic: map " + h + " to_device");
            lines.add("expect " + p + "." + m + "[1] present");
            lines.add("expect frame of " + h + "[0] allocated");
            if (i % 50 == 49) {
                lines.add(p + ": c" + i + " = fork");
                lines.add("c" + i + ": write " + m + " \"c\"");
            }
        }
    }

    public static GeneratedScenario of(int lines) {
        return new GeneratedScenario(lines);
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    public int lineCount() {
        return lines.size();
    }

    /** The lines {@code pK: write mI[1] "x"}: a name after {@code write }, an operation keyword, a string to edit. */
    public List<Line> writeLines() {
        return writes.stream().map(n -> new Line(n, lines.get(n))).toList();
    }
}
