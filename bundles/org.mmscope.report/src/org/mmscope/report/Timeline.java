package org.mmscope.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmState;

/**
 * The Timeline of one era's run, the one lane model of the IDE's Timeline view and the HTML report's lanes: one
 * lane per frame the run touched, one column per step (column 0 is the booted machine, column i the state after
 * step i), each cell the frame's state there in the reports' colours (null before the frame was first allocated)
 * and the events that happened to it in that step. Events come from the step's kernel calls and the states'
 * differences.
 *
 * <p>The states: a run recorded with its changes (a debug session's) is walked by moving its cursor forward one
 * step per column — one pass over the recorded changes, whatever the length — and put back where it was; any
 * other run is read from its history ({@link Simulation#stateAt}, from the nearest checkpoint). Only the previous
 * column is kept while walking; equal cells are shared.
 */
public final class Timeline {
    /** What the Timeline marks in a cell, with the letter drawn there. */
    public enum Mark {
        FAULT("fault", "f"), COW_COPY("COW copy", "C"), SWAP_OUT("swap out", "O"), SWAP_IN("swap in", "I"), MIGRATION("migration",
                "M"), PIN("pin", "P"), DMA("DMA", "D"), FREE("free", "x");

        public final String label;
        public final String letter;

        Mark(String label, String letter) {
            this.label = label;
            this.letter = letter;
        }
    }

    /** A frame at one column: its state (null: not allocated yet) and the events of that step. */
    public record Cell(FrameStates state, Set<Mark> marks) {
    }

    public record Lane(long pfn, List<Cell> cells) {
    }

    // kernel functions (as the eras name them) whose pfn is the frame the event happened to
    private static final Set<String> COW = Set.of("wp_page_copy", "cow_user_page", "__wp_page_copy_user", "copy_present_page");
    private static final Set<String> SWAP_IN = Set.of("do_swap_page", "swap_readpage");
    private static final Set<String> SWAP_OUT = Set.of("pageout", "add_to_swap");
    private static final Set<String> MIGRATE = Set.of("try_to_migrate_one", "migrate_page_move_mapping", "migrate_folio_move");
    private static final Set<String> DMA = Set.of("dma write", "dma read", "dma_map_sg");
    private static final Set<String> FREEING = Set.of("free_unref_page");

    private final String era;
    private final int columns;
    private final List<Lane> lanes;

    private Timeline(String era, int columns, List<Lane> lanes) {
        this.era = era;
        this.columns = columns;
        this.lanes = lanes;
    }

    public String era() {
        return era;
    }

    /** Steps + 1 (the booted machine). */
    public int columns() {
        return columns;
    }

    /** By pfn. */
    public List<Lane> lanes() {
        return lanes;
    }

    public Lane lane(long pfn) {
        return lanes.stream().filter(l -> l.pfn() == pfn).findFirst().orElse(null);
    }

    /** The run's Timeline. A recorded run's cursor moves while this runs: callers that share it hold its lock. */
    public static Timeline of(EraRun run) {
        Simulation sim = run.simulation();
        List<TraceStep> steps = run.steps();
        int columns = steps.size() + 1;
        Set<String> migrate = new HashSet<>(MIGRATE);
        migrate.add(sim.era().migrateMoveName());
        Builder b = new Builder(columns, migrate);
        boolean seek = sim.trace().recordsChanges();
        Simulation.Position was = sim.position();
        try {
            for (int i = 0; i < columns; i++) {
                MmState state;
                if (seek) {
                    sim.seek(Simulation.Position.afterStep(i));
                    state = sim.state();
                } else {
                    state = sim.stateAt(i);
                }
                b.column(i, state, i == 0 ? null : steps.get(i - 1));
            }
        } finally {
            if (seek) {
                sim.seek(was);
            }
        }
        return new Timeline(run.era(), columns, b.lanes());
    }

    /** Column by column, remembering only the previous column's frames and holders. */
    private static final class Builder {
        final int columns;
        final Set<String> migrate;
        final Map<Long, Cell[]> cells = new TreeMap<>();
        final Map<Cell, Cell> shared = new HashMap<>();
        Map<Long, Integer> holdersBefore = Map.of();

        Builder(int columns, Set<String> migrate) {
            this.columns = columns;
            this.migrate = migrate;
        }

        void column(int i, MmState state, TraceStep step) {
            Map<Long, Integer> holders = new HashMap<>();
            Map<Long, Set<Mark>> stepMarks = step == null ? Map.of() : marks(step);
            for (Frame f : state.getFrames()) {
                long pfn = f.getPfn();
                int held = FrameUsers.heldBy(state, pfn).size();
                holders.put(pfn, held);
                Set<Mark> marks = marksOf(stepMarks, pfn);
                Integer before = holdersBefore.get(pfn);
                if (step != null && held > 0 && (before == null || before < held)) {
                    marks.add(Mark.PIN);
                }
                put(pfn, i, new Cell(FrameUsers.stateOf(state, f), Set.copyOf(marks)));
            }
            for (Map.Entry<Long, Cell[]> lane : i == 0 ? Set.<Map.Entry<Long, Cell[]>>of() : cells.entrySet()) {
                long pfn = lane.getKey();
                if (lane.getValue()[i] == null && lane.getValue()[i - 1] != null) { // seen before, not allocated now
                    Set<Mark> marks = marksOf(stepMarks, pfn);
                    if (holdersBefore.containsKey(pfn)) {
                        marks.add(Mark.FREE);
                    }
                    lane.getValue()[i] = intern(new Cell(FrameStates.FREE, Set.copyOf(marks)));
                }
            }
            holdersBefore = holders;
        }

        private void put(long pfn, int i, Cell c) {
            cells.computeIfAbsent(pfn, p -> new Cell[columns])[i] = intern(c);
        }

        private Cell intern(Cell c) {
            return shared.computeIfAbsent(c, x -> x);
        }

        /** A frame's marks of the step, to add to (the step's own set stays as it is). */
        private static Set<Mark> marksOf(Map<Long, Set<Mark>> stepMarks, long pfn) {
            Set<Mark> m = stepMarks.get(pfn);
            return m == null ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(m);
        }

        /**
         * The events step {@code s}'s kernel calls report, by frame: one pass over the step's calls (a step that faults
         * in thousands of pages has thousands of calls, and each of its frames is a lane).
         */
        private Map<Long, Set<Mark>> marks(TraceStep s) {
            Map<Long, Set<Mark>> out = new HashMap<>();
            for (KernelCall c : s.allCalls()) {
                Mark m = mark(c);
                if (m != null) {
                    out.computeIfAbsent(c.pfn(), p -> EnumSet.noneOf(Mark.class)).add(m);
                }
            }
            return out;
        }

        /** What one kernel call marks on its frame, or null. */
        private Mark mark(KernelCall c) {
            String fn = c.function();
            if (COW.contains(fn)) {
                return Mark.COW_COPY;
            } else if (SWAP_IN.contains(fn)) {
                return Mark.SWAP_IN;
            } else if (SWAP_OUT.contains(fn)) {
                return Mark.SWAP_OUT;
            } else if (migrate.contains(fn)) {
                return Mark.MIGRATION;
            } else if (DMA.contains(fn)) {
                return Mark.DMA;
            } else if (FREEING.contains(fn)) {
                return Mark.FREE;
            } else if (inFault(c)) {
                return Mark.FAULT;
            }
            return null;
        }

        List<Lane> lanes() {
            List<Lane> out = new ArrayList<>();
            Cell none = new Cell(null, Set.of()); // before the frame was first allocated
            cells.forEach((pfn, c) -> {
                List<Cell> lane = new ArrayList<>(c.length);
                for (Cell x : c) {
                    lane.add(x == null ? none : x);
                }
                out.add(new Lane(pfn, Collections.unmodifiableList(lane)));
            });
            return List.copyOf(out);
        }
    }

    private static boolean inFault(KernelCall c) {
        for (KernelCall p = c; p != null; p = p.parent()) {
            if (p.function().equals("handle_mm_fault")) {
                return true;
            }
        }
        return false;
    }
}
