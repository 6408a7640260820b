package org.mmscope.engine.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.MemoryBlocks;
import org.mmscope.engine.ops.Op;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * The kernel's own activity that {@code explore --with} inserts between steps, as the scenario language writes
 * it (so a counterexample states it as a {@code kernel:} step): a reclaim pass, the migration of one mapped page
 * (each present page, one frame once), compaction, or the offlining of one online memory block.
 */
public enum KernelEvent {
    RECLAIM, MIGRATE, COMPACT, OFFLINE;

    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KernelEvent> byOption(String s) {
        for (KernelEvent e : values()) {
            if (e.option().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The steps this event can be in state {@code k}, in a fixed order (processes, mappings, pages; blocks). */
    List<Scenario.StepItem> instances(Kernel k) {
        List<Scenario.StepItem> out = new ArrayList<>();
        switch (this) {
        case RECLAIM -> out.add(step(new Op.Reclaim(0), "reclaim"));
        case COMPACT -> out.add(step(new Op.Compact(), "compact"));
        case MIGRATE -> {
            Set<Long> frames = new HashSet<>();
            for (Process p : k.state().getProcesses()) {
                if (p.isExited()) {
                    continue;
                }
                for (Binding b : p.getMm().getBindings()) {
                    for (long i = 0; i < b.getPages() && i < 4096; i++) {
                        Pte pte = k.pageTables().get(p.getMm(), b.getStartVpn() + i);
                        if (pte != null && pte.getKind() == PteKind.PRESENT && pte.getFrame() != null
                                && !pte.getFrame().isZeroPage() && frames.add(pte.getFrame().getPfn())) {
                            Op.Range r = Op.Range.page(p.getName(), b.getName(), i);
                            out.add(step(new Op.Migrate(r), "migrate " + r));
                        }
                    }
                }
            }
        }
        case OFFLINE -> {
            long blocks = Math.min(MemoryBlocks.count(k.state().getMachine()), 64);
            for (long b = 0; b < blocks; b++) {
                if (MemoryBlocks.isOnline(k.state().getMachine(), b)) {
                    out.add(step(new Op.Offline(b, null), "offline block " + b));
                }
            }
        }
        }
        return out;
    }

    private static Scenario.StepItem step(Op op, String text) {
        return new Scenario.StepItem(0, 1, op, "kernel: " + text);
    }
}
