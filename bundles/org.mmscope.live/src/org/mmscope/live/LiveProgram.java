package org.mmscope.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.mmscope.live.LivePlan.CStep;
import org.mmscope.live.LivePlan.LiveStep;

/**
 * The C program for a {@link LivePlan}: the runtime (runtime.c) with the plan's tables inserted. Nothing from
 * the scenario reaches the program as text: names become indexes, strings become byte arrays, and the
 * scenario's lines appear only in comments after every character outside [A-Za-z0-9 ._-] has been replaced.
 */
public final class LiveProgram {
    private static final String MARKER = "/*@TABLES@*/";

    private LiveProgram() {
    }

    public static String source(LivePlan plan) {
        String runtime = runtime();
        int at = runtime.indexOf(MARKER);
        return runtime.substring(0, at) + tables(plan) + runtime.substring(at + MARKER.length());
    }

    static String tables(LivePlan plan) {
        StringBuilder c = new StringBuilder();
        c.append("/* scenario: ").append(comment(plan.scenario().title())).append(" */\n");
        c.append("#define NPROC ").append(Math.max(1, plan.processes().size())).append('\n');
        c.append("#define NDECLARED ").append(plan.declared()).append('\n');
        c.append("#define NVAR ").append(plan.vars().size()).append('\n');
        c.append("#define NHANDLE ").append(plan.handles().size()).append('\n');
        c.append("#define NFILE ").append(plan.files().size()).append('\n');
        c.append("#define NSTEP ").append(plan.steps().size() + 1).append('\n');
        for (int i = 0; i < plan.texts().size(); i++) {
            c.append("static const unsigned char text").append(i).append("[] = ").append(bytes(plan.texts().get(i))).append(";\n");
        }
        c.append("static const struct text texts[] = {");
        for (int i = 0; i < plan.texts().size(); i++) {
            c.append("{text").append(i).append(", ").append(plan.texts().get(i).length).append("}, ");
        }
        c.append("{0, 0}};\n");
        c.append("static const long file_pages[] = {");
        plan.filePages().forEach(p -> c.append(p).append(", "));
        c.append("0};\n");
        c.append("static const struct step steps[] = {\n    {0},\n");
        for (LiveStep s : plan.steps()) {
            CStep x = s.c();
            c.append("    {OP_").append(x.op()).append(", ").append(x.actor()).append(", ").append(x.var()).append(", ").append(x.from())
                    .append(", ").append(x.to()).append(", ").append(x.arg()).append(", ").append(x.handle()).append(", ").append(x.text())
                    .append(", ").append(x.shared() ? 1 : 0).append("}, /* line ").append(s.line()).append(": ").append(comment(s.text()))
                    .append(" */\n");
        }
        c.append("};\n");
        return c.toString();
    }

    /** A C initializer for exactly these bytes (a NUL included), {@code {0x..}}; never a string literal. */
    static String bytes(byte[] b) {
        StringBuilder s = new StringBuilder("{");
        for (byte x : b) {
            s.append(String.format("0x%02x,", x & 0xff));
        }
        return s.append(b.length == 0 ? "0}" : "}").toString();
    }

    /** Text safe inside a C comment: letters, digits, space and . _ - only. */
    static String comment(String text) {
        StringBuilder s = new StringBuilder();
        for (char ch : text.toCharArray()) {
            s.append(ch < 128 && (Character.isLetterOrDigit(ch) || " ._-".indexOf(ch) >= 0) ? ch : '?');
        }
        return s.toString();
    }

    private static String runtime() {
        try (InputStream in = LiveProgram.class.getResourceAsStream("runtime.c")) {
            if (in == null) {
                throw new IllegalStateException("runtime.c is missing from the org.mmscope.live bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
