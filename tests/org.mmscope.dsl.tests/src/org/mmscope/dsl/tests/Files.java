package org.mmscope.dsl.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the scenario files of the repository and of ../shared are. */
final class Files {
    private Files() {
    }

    static Path root() {
        return Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
    }

    static List<Path> scenarios(Path dir) throws IOException {
        try (Stream<Path> s = java.nio.file.Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".mms")).sorted().toList();
        }
    }

    static List<Path> sharedCases() throws IOException {
        return scenarios(root().resolve("../shared/cases").normalize());
    }

    static List<Path> examples() throws IOException {
        return scenarios(root().resolve("examples"));
    }
}
