package org.mmscope.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenario files the grammar-aware mutations start from: {@code examples/*.mms} of the repository and, when the
 * shared folder sits beside it, {@code ../shared/cases/*.mms}; and the words found in them (names, keywords, era
 * names, units), which the mutator splices into other places.
 */
final class Seeds {
    /** A token of a scenario line: a hex or decimal number, a word, a string literal, or one other character. */
    static final Pattern TOKEN = Pattern.compile("-?0x[0-9a-fA-F]+|-?\\d+|[A-Za-z_][A-Za-z0-9_.-]*|\"[^\"]*\"|\\S");

    private static Seeds instance;

    final List<String> files = new ArrayList<>();
    final List<String> words;

    private Seeds(Path root) {
        collect(root.resolve("examples"));
        collect(root.resolve("../shared/cases"));
        if (files.isEmpty()) {
            throw new IllegalStateException("no seed scenarios under " + root.resolve("examples") + " (set -Dmmscope.root)");
        }
        TreeSet<String> w = new TreeSet<>();
        for (String f : files) {
            for (String line : f.split("\n")) {
                if (line.strip().startsWith("//")) {
                    continue;
                }
                Matcher m = TOKEN.matcher(line);
                while (m.find()) {
                    if (Character.isLetter(m.group().charAt(0))) {
                        w.add(m.group());
                    }
                }
            }
        }
        words = List.copyOf(w);
    }

    static synchronized Seeds get() {
        if (instance == null) {
            instance = new Seeds(root());
        }
        return instance;
    }

    static Path root() {
        String r = System.getProperty("mmscope.root");
        return (r == null ? Paths.get("../..") : Paths.get(r)).toAbsolutePath().normalize();
    }

    private void collect(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".mms")).sorted().toList()) {
                files.add(Files.readString(p).replace("\r\n", "\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
