package org.mmscope.live.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.live.Host;
import org.mmscope.live.KernelSide.HostProblem;
import org.mmscope.live.LiveTranslator;

/** Scenario files and texts for the live tests. */
final class Scenarios {
    private static final ScenarioLoader LOADER = ScenarioLoader.create();

    private Scenarios() {
    }

    static Path root() {
        return Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
    }

    static Scenario parse(String text) {
        ScenarioLoader.Loaded l = LOADER.load(text, "test.mms");
        assertFalse(l.hasErrors(), () -> "the test scenario has errors: " + l.problems());
        return l.scenario();
    }

    static Scenario load(Path file) {
        ScenarioLoader.Loaded l = LOADER.load(file);
        assertFalse(l.hasErrors(), () -> file + " has errors: " + l.problems());
        return l.scenario();
    }

    private static String hostProblem;
    private static boolean hostChecked;

    /**
     * Skips the calling test, with the reason, when this host cannot run mmscope live programs (not root, no
     * compiler, io_uring disabled); the host is checked once per test run.
     */
    static synchronized void assumeHostRunsLive() {
        if (!hostChecked) {
            hostChecked = true;
            try {
                Host.check(LiveTranslator.translate(app("0 B", "app: buf = mmap anon 1 page read write\n")), false);
            } catch (HostProblem e) {
                hostProblem = e.getMessage();
            }
        }
        Assumptions.assumeTrue(hostProblem == null, () -> "this host cannot run mmscope live: " + hostProblem);
    }

    /** A scenario with the usual header: one process app, one device nic, swap as given. */
    static Scenario app(String swap, String steps) {
        return parse("scenario \"t\"\nkernel linux-6.12\nmachine {\n ram 64 MiB\n swap " + swap + "\n}\ndevice nic\nprocess app\n" + steps);
    }
}
