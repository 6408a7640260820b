package org.mmscope.fuzz;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.Budgets;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.explore.EraOutcome;
import org.mmscope.engine.explore.ExploreOptions;
import org.mmscope.engine.explore.Explorer;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.report.ReportWriter;
import org.xml.sax.InputSource;

import com.google.gson.JsonParser;

/**
 * One fuzz input through everything a user's file goes through: parse and validate, run in every era it names,
 * the four report formats, and (when it has parallel blocks) exploration. What must hold, else an
 * {@link AssertionError} names the broken rule: a problem is positioned (line and column from 1) and speaks no
 * Java; a valid scenario runs to a result — expectations, or a budget hit positioned at its step — and never
 * breaks an engine invariant (that is an engine bug); every report renders and is well-formed (JSON parses,
 * JUnit XML parses, Markdown and HTML hold no raw control characters); exploration ends within its limit.
 * Any exception escapes as it is: every exception is a finding.
 */
final class ScenarioPipeline {
    /** Steps per era run of a fuzz input; a runaway input hits it (a result, not a finding). */
    static final long MAX_STEPS = 1_000;
    /** The budgets of a fuzz input: small enough that each input ends in milliseconds to a few seconds. */
    static Budgets budgets() {
        return Budgets.defaults().withPagesPerStep(1 << 12).withFrames(1 << 14).withPtes(1 << 14).withTimeout(5);
    }
    /** Schedules explored per fuzz input with parallel blocks. */
    static final long EXPLORE_LIMIT = 16;

    private static final Pattern JAVA_INTERNALS = Pattern.compile("java\\.|Exception|EValidator|\\bat org\\.|NullPointer|For input string");
    private static final Pattern RAW_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]");

    private ScenarioPipeline() {
    }

    static void check(String text) {
        ScenarioLoader.Loaded loaded = ScenarioLoader.create().load(text, "fuzz.mms");
        for (ScenarioLoader.Problem p : loaded.problems()) {
            require(p.line() >= 1 && p.column() >= 1, "problem without a position: " + p);
            require(!p.message().isBlank(), "problem without a message: " + p);
            require(!showsJavaInternals(p.message(), text), "problem that shows Java internals: " + p);
        }
        if (loaded.hasErrors()) {
            require(loaded.scenario() == null, "a scenario despite errors");
            return;
        }
        Scenario s = loaded.scenario();
        require(s != null, "no scenario and no error");
        RunResult result = new ScenarioRunner(new Simulation.Options(true, true, 1, MAX_STEPS).withBudgets(budgets())).run(s);
        checkRun(result);
        checkReports(List.of(result));
        if (s.items().stream().anyMatch(i -> i instanceof Scenario.ParallelItem)) {
            Explorer.Outcome o = new Explorer(ExploreOptions.defaults().withMaxSchedules(EXPLORE_LIMIT).withMaxStates(EXPLORE_LIMIT * 64)
                    .withMaxSteps(MAX_STEPS).withBudgets(budgets())).explore(s);
            for (EraOutcome e : o.eras()) {
                require(e.schedules() <= EXPLORE_LIMIT, e.era() + ": explored " + e.schedules() + " schedules, limit " + EXPLORE_LIMIT);
                require(e.shortest() == null || e.shortest().violation() == null,
                        e.era() + ": an interleaving breaks an invariant: " + (e.shortest() == null ? "" : e.shortest().reason()));
            }
        }
    }

    /** Whether {@code message} holds a word of Java's that is not quoted from the input (a name may be "Exception"). */
    static boolean showsJavaInternals(String message, String input) {
        var m = JAVA_INTERNALS.matcher(message);
        while (m.find()) {
            if (!input.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    static void checkRun(RunResult result) {
        for (EraRun era : result.eras()) {
            require(era.violation() == null, era.era() + ": invariant violated near line " + era.violationLine() + ": " + era.violation());
            if (era.budget() != null) {
                require(era.budget().line() >= 1 && era.budget().column() >= 1,
                        era.era() + ": budget hit without a position: " + era.budget());
                require(era.budget().message().contains("--"), era.era() + ": budget message names no option: " + era.budget().message());
            }
        }
    }

    static void checkReports(List<RunResult> results) {
        String json = ReportWriter.render(results, ReportWriter.Format.JSON);
        JsonParser.parseString(json);
        String junit = ReportWriter.render(results, ReportWriter.Format.JUNIT);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newDocumentBuilder().parse(new InputSource(new StringReader(junit)));
        } catch (Exception e) {
            throw new AssertionError("JUnit XML report is not well-formed: " + e.getMessage(), e);
        }
        for (ReportWriter.Format f : List.of(ReportWriter.Format.MARKDOWN, ReportWriter.Format.HTML)) {
            String r = ReportWriter.render(results, f);
            var m = RAW_CONTROLS.matcher(r);
            require(!m.find(),
                    f + " report holds a raw control character U+" + (m.hitEnd() ? "" : String.format("%04X", (int) r.charAt(m.start()))));
        }
    }

    static void require(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
