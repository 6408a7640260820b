package org.mmscope.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.report.FrameStates;
import org.mmscope.report.ReportWriter;
import org.mmscope.report.ReportWriter.Format;
import org.mmscope.report.Timeline;
import org.mmscope.report.Timeline.Mark;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Timeline lanes (one model for the IDE's view and the HTML report): example 01's GUP'd frame and its COW copy
 * in each era, the same lanes from a recorded run (walked by its cursor) as from a plain one (its history), and the
 * report's SVG of them.
 */
class TimelineTest {
    private static Scenario example01() throws IOException {
        Path root = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
        String name = "01-fork-parent-writes-first.mms";
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(Files.readString(root.resolve("examples").resolve(name)),
                "examples/" + name);
        assertFalse(l.hasErrors(), l.problems().toString());
        return l.scenario();
    }

    /** As a debug session records a run: every change, the booted machine the only checkpoint. */
    private static RunResult recorded(Scenario s) {
        return new ScenarioRunner(Simulation.Options.defaults().withChanges(true).withCheckpointEvery(0)).run(s);
    }

    private static int column(EraRun run, String text) {
        return run.steps().stream().filter(s -> s.text().contains(text)).mapToInt(TraceStep::index).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + text));
    }

    @Test
    void theGupFrameAndItsCowCopyHaveTheirLanesInEachEra() throws IOException {
        for (EraRun run : recorded(example01()).eras()) {
            Timeline t = Timeline.of(run);
            assertEquals(run.steps().size() + 1, t.columns());
            long held = run.simulation().state().getHandles().get(0).getPfns().get(0);
            Timeline.Lane gup = t.lane(held);
            assertNotNull(gup, run.era());
            int touch = column(run, "write parent.buf \"old\""), pin = column(run, "get_user_pages"), map = column(run, "map rx");
            int write = column(run, "write parent.buf \"new\""), dma = column(run, "dma write");
            assertNull(gup.cells().get(touch - 1).state(), run.era() + ": not allocated before its first write");
            assertEquals(FrameStates.ANON, gup.cells().get(touch).state());
            assertTrue(gup.cells().get(touch).marks().contains(Mark.FAULT));
            assertEquals(FrameStates.PINNED, gup.cells().get(pin).state());
            assertTrue(gup.cells().get(pin).marks().contains(Mark.PIN));
            assertEquals(FrameStates.DMA, gup.cells().get(map).state());
            assertTrue(gup.cells().get(dma).marks().contains(Mark.DMA));
            List<Timeline.Lane> copies = t.lanes().stream().filter(l -> l.cells().get(write).marks().contains(Mark.COW_COPY)).toList();
            assertEquals(1, copies.size(), run.era() + ": one COW copy");
            assertTrue(copies.get(0).pfn() != held, run.era() + ": the copy is another frame, the NIC keeps the old one");
            assertNull(copies.get(0).cells().get(write - 1).state());
            assertEquals(FrameStates.ANON, copies.get(0).cells().get(write).state());
        }
    }

    @Test
    void aRecordedRunGivesTheLanesOfItsHistoryAndItsCursorStaysWhereItWas() throws IOException {
        Scenario s = example01();
        RunResult plain = new ScenarioRunner().run(s);
        RunResult rec = recorded(s);
        for (int e = 0; e < plain.eras().size(); e++) {
            Simulation sim = rec.eras().get(e).simulation();
            sim.seek(Simulation.Position.afterStep(3));
            String at3 = sim.canonicalHash();
            assertEquals(Timeline.of(plain.eras().get(e)).lanes(), Timeline.of(rec.eras().get(e)).lanes(), plain.eras().get(e).era());
            assertEquals(Simulation.Position.afterStep(3), sim.position(), "the cursor is back");
            assertEquals(at3, sim.canonicalHash(), "and so is the state");
        }
    }

    @Test
    void aRunOfFiveThousandStepsHasAColumnPerStep() {
        StringBuilder b = new StringBuilder(
                "scenario \"long\"\nkernel linux-6.12\nmachine { ram 64 MiB }\nprocess p\np: buf = mmap anon 1 page read write\n");
        for (int step = 2; step <= 5000; step++) {
            b.append(step % 2 == 0 ? "p: write buf \"x\"\n" : "p: madvise buf dontneed\n");
        }
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(b.toString(), "long.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        EraRun run = recorded(l.scenario()).eras().get(0);
        long start = System.nanoTime();
        Timeline t = Timeline.of(run);
        System.out.printf("Timeline of 5000 recorded steps: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(5001, t.columns());
        for (int col = 2; col <= 5000; col++) {
            int c = col;
            long inRam = t.lanes().stream().filter(lane -> lane.cells().get(c).state() == FrameStates.ANON).count();
            assertEquals(col % 2 == 0 ? 1 : 0, inRam, "column " + col + ": in RAM after a write, freed after dontneed");
        }
    }

    /**
     * One step that faults in many pages marks each of their frames in its column, and only those: a pin of 512 pages
     * gives 512 lanes a fault at the pin, and the unpin frees none of them (the mapping still holds them). A fuzzed
     * scenario of this shape (4096 pages) took 54 s to report while the marks were looked up per lane.
     */
    @Test
    void aStepThatFaultsInManyPagesMarksEachOfTheirFrames() {
        ScenarioLoader.Loaded l = ScenarioLoader.create()
                .load(String.join("\n", "scenario \"many\"", "kernel linux-6.12", "machine { ram 64 MiB }", "process app",
                        "app: buf = mmap anon 512 pages read write", "app: rx = pin buf write", "app: unpin rx", ""), "many.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        EraRun run = new ScenarioRunner(Simulation.Options.defaults()).run(l.scenario()).eras().get(0);
        Timeline t = Timeline.of(run);
        int pin = column(run, "rx = pin");
        int unpin = column(run, "release rx");
        List<Timeline.Lane> faulted = t.lanes().stream().filter(lane -> lane.cells().get(pin).marks().contains(Mark.FAULT)).toList();
        assertEquals(512, faulted.size(), "a fault mark on each page the pin faulted in");
        assertTrue(faulted.stream().allMatch(lane -> lane.cells().get(pin).marks().contains(Mark.PIN)), "each is pinned there");
        assertTrue(faulted.stream().noneMatch(lane -> lane.cells().get(unpin).marks().contains(Mark.FAULT)),
                "the unpin faults nothing in");
        assertTrue(faulted.stream().allMatch(lane -> lane.cells().get(unpin).state() == FrameStates.ANON), "the mapping keeps them");
    }

    @Test
    void theHtmlReportDrawsTheLanesAsWellFormedSvg() throws Exception {
        RunResult r = new ScenarioRunner().run(example01());
        String html = ReportWriter.render(List.of(r), Format.HTML);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<Element> timelines = new ArrayList<>();
        NodeList svgs = d.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getAttribute("class").equals("timeline")) {
                timelines.add(svg);
            }
        }
        assertEquals(r.eras().size(), timelines.size(), "one Timeline per era");
        for (int e = 0; e < r.eras().size(); e++) {
            EraRun run = r.eras().get(e);
            Element svg = timelines.get(e);
            assertEquals("timeline of " + run.era(), svg.getAttribute("aria-label"));
            Timeline t = Timeline.of(run);
            NodeList lanes = svg.getElementsByTagName("g");
            assertEquals(t.lanes().size(), lanes.getLength(), run.era() + ": a lane per frame the run touched");
            long held = run.simulation().state().getHandles().get(0).getPfns().get(0);
            Element gup = null;
            for (int i = 0; i < lanes.getLength(); i++) {
                if (((Element) lanes.item(i)).getAttribute("data-pfn").equals(Long.toString(held))) {
                    gup = (Element) lanes.item(i);
                }
            }
            assertNotNull(gup, run.era() + ": the GUP'd frame's lane");
            String fills = attributes(gup, "rect", "fill");
            assertTrue(
                    fills.contains(FrameStates.ANON.color()) && fills.contains(FrameStates.PINNED.color())
                            && fills.contains(FrameStates.DMA.color()),
                    run.era() + ": anonymous, then pinned, then under DMA: " + fills);
            String marks = gup.getTextContent();
            assertTrue(marks.contains("fault") && marks.contains("pin") && marks.contains("DMA"),
                    run.era() + ": its events named: " + marks);
            int write = column(run, "write parent.buf \"new\"");
            assertTrue(svg.getTextContent().contains("at step " + write + ": COW copy"),
                    run.era() + ": the COW copy marked at the parent's write");
        }
    }

    private static String attributes(Element under, String tag, String attribute) {
        StringBuilder b = new StringBuilder();
        NodeList n = under.getElementsByTagName(tag);
        for (int i = 0; i < n.getLength(); i++) {
            b.append(((Element) n.item(i)).getAttribute(attribute)).append(' ');
        }
        return b.toString();
    }
}
