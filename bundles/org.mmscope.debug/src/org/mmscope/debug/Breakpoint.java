package org.mmscope.debug;

import java.util.Set;

/**
 * Where a debugged run stops on resume: a source line (a step or an expectation), entering a kernel function,
 * an event on a frame, a hazard, a failing expectation, a broken invariant. {@code eras} limits a breakpoint to
 * those kernel eras (empty: every era).
 */
public sealed interface Breakpoint {
    Set<String> eras();

    default boolean appliesTo(String era) {
        return eras().isEmpty() || eras().contains(era);
    }

    /** Before the step at {@code line} runs, or where the expectation at {@code line} is evaluated. */
    record Line(int line, Set<String> eras) implements Breakpoint {
    }

    /** On entering the kernel function {@code function} (as the era names it, e.g. do_wp_page). */
    record Function(String function, Set<String> eras) implements Breakpoint {
    }

    /** When {@link Event} happens to frame {@code pfn} (-1: any frame), right after the call that did it. */
    record OnEvent(Event event, long pfn, Set<String> eras) implements Breakpoint {
    }

    /** At the end of the step that raised a hazard of {@code kind} (null: any). */
    record Hazard(String kind, Set<String> eras) implements Breakpoint {
    }

    /** Where an expectation that fails is evaluated. */
    record ExpectationFails(Set<String> eras) implements Breakpoint {
    }

    /** At the step after which an invariant of the model broke (the run ends there). */
    record InvariantBreaks(Set<String> eras) implements Breakpoint {
    }

    /** What can happen to a frame that a driver writer wants to stop at. */
    enum Event {
        /** the frame was freed (its last reference dropped) */
        FREED,
        /** a PTE that mapped it became a swap entry */
        SWAPPED_OUT,
        /** a get_user_pages / pin_user_pages handle took it */
        PINNED,
        /** a handle holding it was released */
        UNPINNED,
        /** a device wrote into it */
        DEVICE_WRITE,
        /**
         * its contents moved to a new frame (migrate, compact, offline): the return from the era's
         * {@code KernelEra.migrateMoveName()} call about it (unmap_and_move, migrate_folio_move)
         */
        MIGRATED
    }
}
