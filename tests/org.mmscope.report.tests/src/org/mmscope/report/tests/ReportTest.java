package org.mmscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.report.ReportWriter.Format;
import org.mmscope.report.ReportWriter;
import org.w3c.dom.Document;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reports: deterministic, well-formed where the format has a grammar, and every user string escaped. */
class ReportTest {
    private static final String HOSTILE = "scenario \"<script>alert('x')</script> & \\\"q\\\" | `tick`\"\nkernel linux-2.6.31, linux-6.12\n"
            + "device nic\nprocess app\napp: buf = mmap anon 1 page read write\napp: write buf \"<b>&amp;</b>|\"\n"
            + "app: rx = pin buf write\nnic: map rx from_device\nnic: dma write rx \"</td><img src=x>\"\n"
            + "expect app: read buf == \"</td><img src=x>\"\nexpect app: read buf == \"<wrong>\"\n";

    private static List<RunResult> run() {
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(HOSTILE, "hostile <file>.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        return List.of(new ScenarioRunner().run(l.scenario()));
    }

    @Test
    void outputIsDeterministic() {
        for (Format f : Format.values()) {
            assertEquals(ReportWriter.render(run(), f), ReportWriter.render(run(), f), f.name());
        }
    }

    @Test
    void htmlEscapesEverythingTheUserWrote() {
        String html = ReportWriter.render(run(), Format.HTML);
        assertFalse(html.contains("<script>"), "title must be escaped");
        assertFalse(html.contains("<img"), "device data must be escaped");
        assertFalse(html.contains("<b>&amp;</b>"), "written text must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), "escaped title present");
        assertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), "no external resources");
        assertFalse(html.contains("<script"), "no scripts at all");
    }

    @Test
    void htmlIsWellFormed() throws Exception {
        String html = ReportWriter.render(run(), Format.HTML);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", d.getDocumentElement().getTagName());
        assertEquals(4, d.getElementsByTagName("svg").getLength(), "per era a Timeline and a frame map");
    }

    @Test
    void junitXmlIsWellFormedAndCountsFailures() throws Exception {
        String xml = ReportWriter.render(run(), Format.JUNIT);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, d.getElementsByTagName("testsuite").getLength(), "one suite per era");
        assertEquals(4, d.getElementsByTagName("testcase").getLength());
        assertEquals(2, d.getElementsByTagName("failure").getLength(), "the '<wrong>' expectation fails in both eras");
    }

    @Test
    void jsonCarriesEveryExpectationAndFrame() {
        JsonObject root = JsonParser.parseString(ReportWriter.render(run(), Format.JSON)).getAsJsonObject();
        assertEquals(2, root.get("schemaVersion").getAsInt());
        JsonObject s = root.getAsJsonArray("scenarios").get(0).getAsJsonObject();
        assertTrue(s.get("title").getAsString().startsWith("<script>"), "JSON keeps the raw text; escaping is the reader's job");
        JsonObject era = s.getAsJsonArray("eras").get(0).getAsJsonObject();
        assertEquals("linux-2.6.31", era.get("era").getAsString());
        assertEquals(2, era.getAsJsonArray("expectations").size());
        assertTrue(era.getAsJsonArray("finalFrames").size() >= 2, "zero page and the buffer");
        assertEquals(5, era.getAsJsonArray("steps").size(), "mmap, write, pin, map, dma write");
    }

    @Test
    void markdownTableCellsCannotBreakOut() {
        String md = ReportWriter.render(run(), Format.MARKDOWN);
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("|---")) {
                long pipes = line.chars().filter(c -> c == '|').count() - line.split("\\\\\\|", -1).length + 1;
                assertTrue(pipes == 5 || pipes == 6, "unescaped pipe in: " + line);
            }
        }
        assertFalse(md.contains("<img"), md);
    }

    /** A title and strings with ESC, BEL, CR, CSI (U+009B), U+FFFE and U+FFFF: XML 1.0 forbids them, terminals and Markdown readers obey them. */
    private static final String CONTROLS = "scenario \"red \\x1b[31m\\x07\\x0d\uFFFE\uFFFF title\"\nprocess app\n"
            + "app: buf = mmap anon 1 page read write\napp: write buf \"\\x1b[2J\\x9b\"\nexpect app: read buf == \"\\x1b[0m\"\n";

    private static List<RunResult> runControls() {
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(CONTROLS, "c.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        return List.of(new ScenarioRunner().run(l.scenario()));
    }

    @Test
    void junitXmlIsWellFormedWithCharactersXmlForbids() throws Exception {
        String xml = ReportWriter.render(runControls(), Format.JUNIT);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("red \\x1b[31m\\x07\\x0d\\ufffe\\uffff title [linux-6.12]",
                ((org.w3c.dom.Element) d.getElementsByTagName("testsuite").item(0)).getAttribute("name"));
        String failure = d.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("\\x1b[2J\\u009b"), failure);
        String html = ReportWriter.render(runControls(), Format.HTML);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markdownShowsControlCharactersAsEscapes() {
        String md = ReportWriter.render(runControls(), Format.MARKDOWN);
        assertTrue(md.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f), "raw control character in " + md);
        assertTrue(md.contains("## red \\x1b[31m\\x07\\x0d"), md);
        assertTrue(md.contains("\\x1b[2J\\u009b"), md);
    }
}
