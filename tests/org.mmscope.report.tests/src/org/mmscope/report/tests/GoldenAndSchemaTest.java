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
import org.mmscope.report.ReportWriter.Format;
import org.mmscope.report.ReportWriter;

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

    /** Example 01, linux-2.6.31: the parent's first write after fork copies inside do_wp_page, nested as the kernel calls it. */
    @Test
    void theJsonAndHtmlReportsShowTheKernelCallTreeOfAStep() throws IOException {
        List<RunResult> r = example("01-fork-parent-writes-first.mms");
        JsonObject era = JsonParser.parseString(ReportWriter.render(r, Format.JSON)).getAsJsonObject().getAsJsonArray("scenarios").get(0)
                .getAsJsonObject().getAsJsonArray("eras").get(0).getAsJsonObject();
        assertEquals("linux-2.6.31", era.get("era").getAsString());
        JsonObject write = null;
        for (var s : era.getAsJsonArray("steps")) {
            if (s.getAsJsonObject().get("text").getAsString().equals("write parent.buf \"new\"")) {
                write = s.getAsJsonObject();
            }
        }
        assertTrue(write != null, "the parent's write after fork is a step");
        JsonObject call = write.getAsJsonArray("calls").get(0).getAsJsonObject();
        StringBuilder path = new StringBuilder(call.get("function").getAsString());
        while (!call.getAsJsonArray("calls").isEmpty()) {
            call = call.getAsJsonArray("calls").get(0).getAsJsonObject();
            path.append(" > ").append(call.get("function").getAsString());
        }
        assertEquals("handle_mm_fault > handle_pte_fault > do_wp_page > cow_user_page", path.toString());
        assertTrue(call.has("pfn") && call.get("detail").getAsString().startsWith("copied pfn"), call.toString());
        String html = ReportWriter.render(r, Format.HTML);
        assertTrue(html.contains("<details><summary><b>handle_mm_fault</b>"), "the step's own calls are shown, what they called is folded");
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
        JsonObject bad = JsonParser.parseString("{\"schemaVersion\":3,\"tool\":\"mmscope\",\"scenarios\":[{\"title\":1}],\"extra\":true}")
                .getAsJsonObject();
        List<String> errors = SchemaCheck.validate(bad, schema);
        assertTrue(errors.contains("$: unexpected property extra"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.schemaVersion: expected 2")), errors.toString());
        assertTrue(errors.contains("$.scenarios[0]: missing eras"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.scenarios[0].title: expected string")), errors.toString());
    }
}
