package org.mmscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.report.ReportWriter;
import org.mmscope.report.ReportWriter.Format;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Golden files for every format (examples/01 in both eras; regenerate with -Dmmscope.updateGolden=true after an
 * intended change, and read the diff), and the JSON report against docs/report-schema.json.
 */
class GoldenAndSchemaTest {
    private static Path root() {
        return Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
    }

    private static List<RunResult> example(String name) throws IOException {
        Path file = root().resolve("examples").resolve(name);
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(Files.readString(file), "examples/" + name);
        assertFalse(l.hasErrors(), l.problems().toString());
        return List.of(new ScenarioRunner().run(l.scenario()));
    }

    @Test
    void everyFormatMatchesItsGoldenFile() throws IOException {
        List<RunResult> r = example("01-fork-parent-writes-first.mms");
        Path golden = root().resolve("tests/org.mmscope.report.tests/golden");
        String[][] formats = { { "HTML", "01.html" }, { "MARKDOWN", "01.md" }, { "JSON", "01.json" }, { "JUNIT", "01.xml" } };
        for (String[] f : formats) {
            String actual = ReportWriter.render(r, Format.valueOf(f[0]));
            Path g = golden.resolve(f[1]);
            if (Boolean.getBoolean("mmscope.updateGolden")) {
                Files.createDirectories(golden);
                Files.writeString(g, actual);
            }
            assertEquals(Files.readString(g), actual, f[1] + " differs from its golden file");
        }
    }

    @Test
    void jsonReportsOfAllExamplesFollowTheSchema() throws IOException {
        JsonObject schema = JsonParser.parseString(Files.readString(root().resolve("docs/report-schema.json"))).getAsJsonObject();
        try (var files = Files.list(root().resolve("examples"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".mms")).sorted().toList()) {
                String json = ReportWriter.render(example(p.getFileName().toString()), Format.JSON);
                List<String> errors = SchemaCheck.validate(JsonParser.parseString(json), schema);
                assertTrue(errors.isEmpty(), p + ": " + errors);
            }
        }
    }

    @Test
    void theSchemaCheckRejectsWhatTheSchemaForbids() throws IOException {
        JsonObject schema = JsonParser.parseString(Files.readString(root().resolve("docs/report-schema.json"))).getAsJsonObject();
        JsonObject bad = JsonParser.parseString("{\"schemaVersion\":2,\"tool\":\"mmscope\",\"scenarios\":[{\"title\":1}],\"extra\":true}")
                .getAsJsonObject();
        List<String> errors = SchemaCheck.validate(bad, schema);
        assertTrue(errors.contains("$: unexpected property extra"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.schemaVersion: expected 1")), errors.toString());
        assertTrue(errors.contains("$.scenarios[0]: missing eras"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.scenarios[0].title: expected string")), errors.toString());
    }
}
