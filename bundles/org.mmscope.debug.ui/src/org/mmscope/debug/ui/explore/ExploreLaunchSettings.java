package org.mmscope.debug.ui.explore;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.mmscope.debug.ui.launch.ScenarioFileAndEras;
import org.mmscope.engine.explore.ExploreOptions;
import org.mmscope.engine.explore.KernelEvent;

/**
 * What an "mmscope explore" launch configuration holds, as {@code mmscope explore} takes it: the scenario file (a
 * workspace path), the eras ({@code --kernel}; empty: the scenario's own), the kernel events ({@code --with}), the
 * most events per schedule ({@code --max-events}), the partial-order reduction on or off ({@code --no-reduction})
 * and the distinct states per era ({@code --max-states}). One place reads, writes and checks them.
 */
public record ExploreLaunchSettings(String file, List<String> eras, Set<KernelEvent> events, int maxEvents, boolean reduction,
        long maxStates) {
    public static final String TYPE_ID = "org.mmscope.debug.ui.explore";
    static final String FILE = "org.mmscope.debug.ui.explore.file";
    static final String ERAS = "org.mmscope.debug.ui.explore.eras";
    static final String EVENTS = "org.mmscope.debug.ui.explore.events";
    static final String MAX_EVENTS = "org.mmscope.debug.ui.explore.maxEvents";
    static final String REDUCTION = "org.mmscope.debug.ui.explore.reduction";
    static final String MAX_STATES = "org.mmscope.debug.ui.explore.maxStates";

    public ExploreLaunchSettings {
        eras = List.copyOf(eras);
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
    }

    /** The command line's defaults: the scenario's eras, no events, at most one event, reduction on, a million states. */
    public static ExploreLaunchSettings of(String file) {
        return new ExploreLaunchSettings(file, List.of(), Set.of(), 1, true, ExploreOptions.DEFAULT_MAX_STATES);
    }

    public static ExploreLaunchSettings read(ILaunchConfiguration c) throws CoreException {
        return new ExploreLaunchSettings(c.getAttribute(FILE, ""), split(c.getAttribute(ERAS, "")),
                events(split(c.getAttribute(EVENTS, ""))),
                c.getAttribute(MAX_EVENTS, 1), c.getAttribute(REDUCTION, true),
                Long.parseLong(c.getAttribute(MAX_STATES, Long.toString(ExploreOptions.DEFAULT_MAX_STATES))));
    }

    public void write(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(FILE, file);
        c.setAttribute(ERAS, String.join(",", eras));
        c.setAttribute(EVENTS, String.join(",", events.stream().sorted().map(KernelEvent::option).toList()));
        c.setAttribute(MAX_EVENTS, maxEvents);
        c.setAttribute(REDUCTION, reduction);
        c.setAttribute(MAX_STATES, Long.toString(maxStates));
    }

    /** The explorer's options for these settings (budgets and step limit as the command line's defaults). */
    public ExploreOptions options() {
        return ExploreOptions.defaults().withEvents(events, maxEvents).withReduction(reduction).withMaxStates(maxStates);
    }

    /** The eras as the loader takes them: null explores the scenario's own. */
    public List<String> erasOrNull() {
        return eras.isEmpty() ? null : eras;
    }

    /** What is wrong with the settings, as the launch dialog shows it, or null. */
    public String problem() {
        String fileOrEras = ScenarioFileAndEras.problem(file, eras);
        if (fileOrEras != null) {
            return fileOrEras;
        }
        if (maxEvents < 0) {
            return "The most kernel events per schedule must not be negative (got " + maxEvents + ").";
        }
        if (maxStates < 1) {
            return "The most distinct states per era must be at least 1 (got " + maxStates + ").";
        }
        return null;
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    /** Events by their option names; an unknown name (a configuration from a later version) is dropped. */
    private static Set<KernelEvent> events(List<String> names) {
        Set<KernelEvent> out = EnumSet.noneOf(KernelEvent.class);
        names.forEach(n -> KernelEvent.byOption(n).ifPresent(out::add));
        return out;
    }
}
