package org.mmscope.debug.ui.timeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mmscope.engine.Simulation;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.trace.KernelCall;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmState;
import org.mmscope.report.FrameStates;
import org.mmscope.report.FrameUsers;

/**
 * The Timeline of one era's run: one lane per frame the run touched, one column per step (column 0 is the booted
 * machine, column i the state after step i), each cell the frame's state there in the reports' colours (null
 * before the frame was first allocated) and the events that happened to it in that step. States come from the
 * engine's history ({@link Simulation#stateAt}); events from the step's kernel calls and the states' differences.
 * Runs longer than {@value #MAX_COLUMNS} steps show their first {@value #MAX_COLUMNS}.
 */
public final class TimelineModel {
    public static final int MAX_COLUMNS = 1000;

    /** What the Timeline marks in a cell, with the letter drawn there. */
    public enum Mark {
        FAULT("fault", "f"), COW_COPY("COW copy", "C"), SWAP_OUT("swap out", "O"), SWAP_IN("swap in", "I"), MIGRATION("migration", "M"),
        PIN("pin", "P"), DMA("DMA", "D"), FREE("free", "x");

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

    private TimelineModel(String era, int columns, List<Lane> lanes) {
        this.era = era;
        this.columns = columns;
        this.lanes = lanes;
    }

    public String era() {
        return era;
    }

    /** Steps + 1 (the booted machine), at most {@value #MAX_COLUMNS} + 1. */
    public int columns() {
        return columns;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public Lane lane(long pfn) {
        return lanes.stream().filter(l -> l.pfn() == pfn).findFirst().orElse(null);
    }

    public static TimelineModel of(EraRun run) {
        Simulation sim = run.simulation();
        List<TraceStep> steps = run.steps();
        int columns = Math.min(steps.size(), MAX_COLUMNS) + 1;
        List<Map<Long, Frame>> frames = new ArrayList<>();
        List<MmState> states = new ArrayList<>();
        Set<Long> pfns = new TreeSet<>();
        for (int i = 0; i < columns; i++) {
            MmState s = sim.stateAt(i);
            Map<Long, Frame> byPfn = new HashMap<>();
            s.getFrames().forEach(f -> byPfn.put(f.getPfn(), f));
            states.add(s);
            frames.add(byPfn);
            pfns.addAll(byPfn.keySet());
        }
        List<Lane> lanes = new ArrayList<>();
        for (long pfn : pfns) {
            List<Cell> cells = new ArrayList<>();
            boolean seen = false;
            for (int i = 0; i < columns; i++) {
                Frame f = frames.get(i).get(pfn);
                seen |= f != null;
                Set<Mark> marks = i == 0 ? EnumSet.noneOf(Mark.class) : marks(steps.get(i - 1), pfn);
                if (i > 0) {
                    boolean was = frames.get(i - 1).containsKey(pfn);
                    if (was && f == null) {
                        marks.add(Mark.FREE);
                    }
                    if (f != null && !FrameUsers.heldBy(states.get(i), pfn).isEmpty()
                            && (!was || FrameUsers.heldBy(states.get(i - 1), pfn).size() < FrameUsers.heldBy(states.get(i), pfn).size())) {
                        marks.add(Mark.PIN);
                    }
                }
                cells.add(new Cell(f != null ? FrameUsers.stateOf(states.get(i), f) : seen ? FrameStates.FREE : null, Set.copyOf(marks)));
            }
            lanes.add(new Lane(pfn, List.copyOf(cells)));
        }
        return new TimelineModel(run.era(), columns, List.copyOf(lanes));
    }

    /** The events step {@code s}'s kernel calls report for {@code pfn}. */
    private static Set<Mark> marks(TraceStep s, long pfn) {
        Set<Mark> out = EnumSet.noneOf(Mark.class);
        for (KernelCall c : s.allCalls()) {
            if (c.pfn() != pfn) {
                continue;
            }
            String fn = c.function();
            if (COW.contains(fn)) {
                out.add(Mark.COW_COPY);
            } else if (SWAP_IN.contains(fn)) {
                out.add(Mark.SWAP_IN);
            } else if (SWAP_OUT.contains(fn)) {
                out.add(Mark.SWAP_OUT);
            } else if (MIGRATE.contains(fn)) {
                out.add(Mark.MIGRATION);
            } else if (DMA.contains(fn)) {
                out.add(Mark.DMA);
            } else if (FREEING.contains(fn)) {
                out.add(Mark.FREE);
            } else if (inFault(c)) {
                out.add(Mark.FAULT);
            }
        }
        return out;
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
