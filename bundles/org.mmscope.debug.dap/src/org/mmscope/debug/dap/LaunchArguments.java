package org.mmscope.debug.dap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mmscope.engine.era.Eras;

/**
 * The arguments of a DAP {@code launch}: {@code program} (the .mms file, relative to {@code cwd} or the server's working
 * folder), {@code kernel} (an era or a list of eras, instead of those the file names), {@code stopOnEntry} (stop every
 * era at the booted machine) and DAP's own {@code noDebug} (run to the end, breakpoints ignored).
 */
record LaunchArguments(Path program, List<String> kernels, boolean stopOnEntry, boolean noDebug) {

    static LaunchArguments of(Map<String, Object> args) {
        if (args == null) {
            throw DapErrors.error("launch needs arguments: at least \"program\", the .mms file to debug");
        }
        Object program = args.get("program");
        if (!(program instanceof String p) || p.isBlank()) {
            throw DapErrors
                    .error("launch: \"program\" must name the .mms file to debug (got " + (program == null ? "nothing" : program) + ")");
        }
        Path base = args.get("cwd") instanceof String cwd && !cwd.isBlank() ? Paths.get(cwd) : Paths.get("");
        Path file = base.resolve(p).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw DapErrors.error("launch: no such file " + file);
        }
        return new LaunchArguments(file, kernels(args.get("kernel")), flag(args, "stopOnEntry"), flag(args, "noDebug"));
    }

    private static boolean flag(Map<String, Object> args, String name) {
        Object v = args.get(name);
        if (v != null && !(v instanceof Boolean)) {
            throw DapErrors.error("launch: \"" + name + "\" must be true or false (got " + v + ")");
        }
        return Boolean.TRUE.equals(v);
    }

    /** Null: the eras the file names. */
    private static List<String> kernels(Object v) {
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            for (String e : s.split(",")) {
                if (!e.isBlank()) {
                    out.add(e.strip());
                }
            }
        } else if (v instanceof List<?> l) {
            for (Object e : l) {
                out.add(String.valueOf(e).strip());
            }
        } else {
            throw DapErrors.error("launch: \"kernel\" must be an era or a list of eras (got " + v + ")");
        }
        for (String e : out) {
            if (Eras.byName(e).isEmpty()) {
                throw DapErrors.error("launch: unknown kernel era '" + e + "' (known: " + String.join(", ", Eras.names()) + ")");
            }
        }
        if (out.isEmpty()) {
            throw DapErrors.error("launch: \"kernel\" names no era (known: " + String.join(", ", Eras.names()) + ")");
        }
        return List.copyOf(out);
    }
}
