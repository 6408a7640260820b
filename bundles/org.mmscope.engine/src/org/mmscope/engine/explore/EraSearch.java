package org.mmscope.engine.explore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.mmscope.engine.BudgetExceeded;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.ExpectationEvaluator.Verdict;
import org.mmscope.engine.check.InvariantViolation;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.state.CanonicalHash;
import org.mmscope.engine.trace.TraceStep;

/**
 * The depth-first search of one era: over the simulation's snapshots (restore undoes the recorded changes in
 * place), choosing at each step point the next step of one actor of the current {@code parallel} block or, with
 * events asked for, a kernel event; states are merged by the canonical abstract hash together with the program
 * counter, the number of events used and which expectations have failed so far. With the reduction on, sleep
 * sets (Godefroid) skip orders of independent steps ({@link Footprint}); with state caching, a state reached
 * again with a smaller sleep set is explored again for the steps that slept the first time only. The search is
 * iterative (an explicit stack), so a scenario of any length cannot overflow the Java stack.
 */
final class EraSearch {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final long SECOND = 1_000_000_000L;

    private record Key(long a, long b) {
    }

    /** A step that need not be tried here: its actor, and its footprint where it was taken. */
    private record Slept(int actor, Footprint footprint) {
    }

    private static final class Node {
        final int[] pc;
        final int events;
        final Simulation.Snapshot snapshot;
        final List<Program.Choice> todo;
        final List<Slept> sleep;
        final List<Slept> done = new ArrayList<>();
        final int verdicts;
        final Program.Choice via;
        int next;

        Node(int[] pc, int events, Simulation.Snapshot snapshot, List<Program.Choice> todo, List<Slept> sleep, int verdicts,
                Program.Choice via) {
            this.pc = pc;
            this.events = events;
            this.snapshot = snapshot;
            this.todo = todo;
            this.sleep = sleep;
            this.verdicts = verdicts;
            this.via = via;
        }
    }

    private final Program program;
    private final KernelEra era;
    private final ExploreOptions options;
    private final Simulation sim;
    private final boolean reduce;
    private final Map<Key, Long> visited = new HashMap<>();
    private final List<Node> stack = new ArrayList<>();
    private final List<ExpectationResult> verdicts = new ArrayList<>();
    private long transitions;
    private long schedules;
    private long failing;
    private EraOutcome.Failure shortest;
    private final SortedSet<String> failures = new TreeSet<>();
    private String stoppedBy;
    private int stoppedLine;
    private int stoppedColumn;
    private long peak;
    private final long start = System.nanoTime();
    private long lastProgress = start;

    EraSearch(Scenario s, Program program, KernelEra era, ExploreOptions options) {
        this.program = program;
        this.era = era;
        this.options = options;
        this.reduce = options.reduction() && !program.observesLastStep && program.maxActors <= 64;
        this.sim = Simulation.boot(s.machine(), era,
                new Simulation.Options(false, true, 0, options.maxSteps()).withBudgets(options.budgets())).recordChanges();
    }

    EraOutcome run() {
        try {
            search();
        } catch (BudgetExceeded e) {
            stop(e.getMessage(), current());
        } catch (OutOfMemoryError e) {
            visited.clear();
            stack.clear();
            stop("out of memory after " + transitions + " transitions (lower --max-states or give Java more heap with -Xmx)", null);
        }
        sample();
        return new EraOutcome(era.name(), schedules, visited.size(), transitions, failing, System.nanoTime() - start, peak, shortest,
                failures,
                stoppedBy, stoppedLine, stoppedColumn, reduce);
    }

    private void search() {
        int[] pc = program.start();
        try {
            pc = expectations(pc);
        } catch (InvariantViolation e) {
            failPath(null, e.getMessage(), 0);
            return;
        }
        if (program.done(pc)) {
            finish(null);
            return;
        }
        List<Slept> none = List.of();
        visited.put(key(pc, 0), 0L);
        stack.add(new Node(pc, 0, sim.snapshot(), todo(pc, 0, none, null), none, 0, null));
        while (!stack.isEmpty() && stoppedBy == null) {
            Node n = stack.get(stack.size() - 1);
            if (n.next == n.todo.size()) {
                stack.remove(stack.size() - 1);
                continue;
            }
            Program.Choice c = n.todo.get(n.next++);
            if (sim.stepCount() != n.snapshot.position().step()) {
                sim.restore(n.snapshot);
            }
            truncate(verdicts, n.verdicts);
            take(n, c);
            tick();
        }
    }

    /** Takes choice {@code c} at node {@code n}: the step, the expectations after it, then a new node or an end. */
    private void take(Node n, Program.Choice c) {
        Set<EObject> reads = reduce && !c.event() && c.actor() >= 0 ? Footprint.reads(sim.kernel(), c.step().op()) : null;
        TraceStep st;
        try {
            st = sim.apply(c.step().op(), c.step().line());
        } catch (InvariantViolation e) {
            transitions++;
            failPath(c, e.getMessage(), c.step().line());
            return;
        }
        transitions++;
        Footprint fp = reads == null ? Footprint.GLOBAL : Footprint.of(reads, st.changes(), !st.hazards().isEmpty(), st.errno());
        int[] pc = program.after(n.pc, c);
        int events = n.events + (c.event() ? 1 : 0);
        try {
            pc = expectations(pc);
        } catch (InvariantViolation e) {
            failPath(c, e.getMessage(), c.step().line());
            return;
        }
        if (program.done(pc)) {
            try {
                sim.checkAll();
            } catch (InvariantViolation e) {
                failPath(c, e.getMessage(), c.step().line());
                return;
            }
            finish(c);
            return;
        }
        List<Slept> sleep = new ArrayList<>();
        if (reduce && pc[0] == n.pc[0] && !fp.global()) {
            for (Slept s : n.sleep) {
                if (s.footprint().independentOf(fp)) {
                    sleep.add(s);
                }
            }
            for (Slept s : n.done) {
                if (s.footprint().independentOf(fp)) {
                    sleep.add(s);
                }
            }
        }
        if (reduce && c.actor() >= 0 && !c.event() && !fp.global()) {
            n.done.add(new Slept(c.actor(), fp));
        }
        long mask = mask(sleep);
        Key key = key(pc, events);
        Long stored = visited.get(key);
        List<Program.Choice> todo;
        if (stored == null) {
            if (visited.size() >= options.maxStates()) {
                stop("state budget of " + options.maxStates() + " distinct states reached (raise it with --max-states)", c.step());
                return;
            }
            visited.put(key, mask);
            todo = todo(pc, events, sleep, null);
        } else {
            long wake = stored & ~mask;
            if (wake == 0) {
                return; // explored before with at most these steps asleep
            }
            visited.put(key, stored & mask);
            todo = todo(pc, events, sleep, wake);
        }
        stack.add(new Node(pc, events, sim.snapshot(), todo, sleep, verdicts.size(), c));
    }

    /** The choices at {@code pc}: the actors not asleep (or only those in {@code wake}), then the kernel events. */
    private List<Program.Choice> todo(int[] pc, int events, List<Slept> sleep, Long wake) {
        long asleep = mask(sleep);
        List<Program.Choice> out = new ArrayList<>();
        for (Program.Choice c : program.choices(pc)) {
            long bit = c.actor() < 0 ? 0 : 1L << c.actor();
            if (wake != null ? (wake & bit) != 0 : (asleep & bit) == 0) {
                out.add(c);
            }
        }
        if (wake == null && events < options.maxEvents()) {
            for (KernelEvent e : options.events()) {
                for (Scenario.StepItem st : e.instances(sim.kernel())) {
                    out.add(new Program.Choice(-1, st, true));
                }
            }
        }
        return out;
    }

    private static long mask(List<Slept> sleep) {
        long m = 0;
        for (Slept s : sleep) {
            m |= 1L << s.actor();
        }
        return m;
    }

    /** Evaluates the expectations at {@code pc} on (the explorer checks each where it stands, as run does). */
    private int[] expectations(int[] pc) {
        while (!program.done(pc) && program.item(pc) instanceof Scenario.ExpectItem ex) {
            if (ex.appliesTo(era.name())) {
                Verdict v = sim.expect(ex.expect(), ex.line());
                verdicts.add(new ExpectationResult(ex.line(), ex.text(), v.holds(), v.actual(), sim.stepCount()));
            }
            pc = program.pastExpectation(pc);
        }
        return pc;
    }

    /** A complete schedule, ending with {@code last}. */
    private void finish(Program.Choice last) {
        schedules++;
        List<ExpectationResult> failed = verdicts.stream().filter(v -> !v.passed()).toList();
        if (!failed.isEmpty()) {
            record(new EraOutcome.Failure(schedule(last), failed, null, 0));
        }
        if (schedules >= options.maxSchedules() && stoppedBy == null) {
            stop("schedule limit of " + options.maxSchedules() + " reached (raise it with --limit)", last == null ? null : last.step());
        }
    }

    private void failPath(Program.Choice last, String violation, int line) {
        schedules++;
        record(new EraOutcome.Failure(schedule(last), List.of(), violation, line));
    }

    private void record(EraOutcome.Failure f) {
        failing++;
        failures.add(f.kind());
        if (shortest == null || f.schedule().size() < shortest.schedule().size()) {
            shortest = f;
        }
    }

    /** The steps from the root to here, and then {@code last}. */
    private List<Scenario.StepItem> schedule(Program.Choice last) {
        List<Scenario.StepItem> out = new ArrayList<>();
        for (Node n : stack) {
            if (n.via != null) {
                out.add(n.via.step());
            }
        }
        if (last != null) {
            out.add(last.step());
        }
        return List.copyOf(out);
    }

    private Key key(int[] pc, int events) {
        CanonicalHash.Digest d = sim.canonicalDigest();
        long failed = 0;
        for (ExpectationResult v : verdicts) {
            if (!v.passed()) {
                failed = failed * 31 + v.line();
            }
        }
        return new Key(d.high() ^ Program.hash(pc), d.low() ^ (events * 0x9E3779B97F4A7C15L) ^ (failed * 0xC2B2AE3D27D4EB4FL));
    }

    private Scenario.StepItem current() {
        Node top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (top == null || top.next == 0 || top.next > top.todo.size()) {
            return null;
        }
        return top.todo.get(top.next - 1).step();
    }

    private void stop(String why, Scenario.StepItem at) {
        if (stoppedBy == null) {
            stoppedBy = why;
            stoppedLine = at == null ? 0 : at.line();
            stoppedColumn = at == null ? 0 : at.column();
        }
    }

    private void tick() {
        if ((transitions & 63) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastProgress >= SECOND) {
            lastProgress = now;
            sample();
            double s = (now - start) / 1e9;
            options.progress().accept(new ExploreOptions.Progress(era.name(), visited.size(), transitions, schedules, stack.size(),
                    pending(), visited.size() / s, s));
        }
        if (options.budgets().pastDeadline()) {
            stop("time budget of " + options.budgets().timeoutSeconds() + " s exceeded (raise it with --timeout)", current());
        }
    }

    /** The choices on the stack not tried yet (once a second: the stack is as deep as the scenario is long). */
    private long pending() {
        long n = 0;
        for (Node node : stack) {
            n += Math.max(0, node.todo.size() - node.next);
        }
        return n;
    }

    private void sample() {
        peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
    }

    private static <T> void truncate(List<T> l, int size) {
        while (l.size() > size) {
            l.remove(l.size() - 1);
        }
    }
}
