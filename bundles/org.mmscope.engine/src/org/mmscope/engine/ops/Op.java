package org.mmscope.engine.ops;

import org.mmscope.model.mm.DmaDirection;

/**
 * One step of a scenario, as the engine's Java API takes it. The DSL translates each statement into one of
 * these; programs can build them directly. Actor names are process, device or handle names of the scenario.
 */
public sealed interface Op {
    /** A range of a named mapping: pages [from, to] inclusive, or the whole mapping when from is null. */
    record Range(String process, String var, Long from, Long to) {
        public static Range all(String process, String var) {
            return new Range(process, var, null, null);
        }

        public static Range page(String process, String var, long i) {
            return new Range(process, var, i, i);
        }

        @Override
        public String toString() {
            return process + "." + var + (from == null ? "" : from.equals(to) ? "[" + from + "]" : "[" + from + ".." + to + "]");
        }
    }

    /** Pages [from, to] of a handle, or all of it when from is null. */
    record HandleRange(String handle, Long from, Long to) {
    }

    enum Prot {
        NONE, READ, READ_WRITE
    }

    enum Advice {
        DONTFORK, DOFORK, WIPEONFORK, DONTNEED, PAGEOUT
    }

    enum GupCall {
        /** get_user_pages (FOLL_GET) */
        GET_USER_PAGES,
        /** pin_user_pages (FOLL_PIN) */
        PIN_USER_PAGES,
        /** what a driver of the era does: get_user_pages before FOLL_PIN existed, pin_user_pages after */
        DRIVER_PIN
    }

    record MmapAnon(String process, String var, long pages, boolean read, boolean write, boolean shared) implements Op {
    }

    record MmapFile(String process, String var, String file, long pages, boolean read, boolean write, boolean shared) implements Op {
    }

    record Munmap(String process, String var) implements Op {
    }

    record Write(Range range, String text) implements Op {
    }

    record Read(Range range) implements Op {
    }

    record Mlock(Range range, boolean lock) implements Op {
    }

    record Mprotect(Range range, Prot prot) implements Op {
    }

    record Madvise(Range range, Advice advice) implements Op {
    }

    record Fork(String process, String child) implements Op {
    }

    record Exit(String process) implements Op {
    }

    record Gup(String handle, Range range, GupCall call, boolean write, boolean longterm) implements Op {
    }

    /** put_page / unpin_user_pages / unpin: drops what the matching call took. */
    record Release(String process, String handle) implements Op {
    }

    record DmaMap(String device, String handle, DmaDirection direction) implements Op {
    }

    record DmaUnmap(String device, String handle) implements Op {
    }

    record DmaWrite(String device, HandleRange range, String text) implements Op {
    }

    record DmaRead(String device, HandleRange range) implements Op {
    }

    /** reclaim, or reclaim N pages (pages <= 0: no limit). */
    record Reclaim(long pages) implements Op {
    }

    record Migrate(Range range) implements Op {
    }

    record Compact() implements Op {
    }

    /** offline block N, or the block holding the first page of a range. */
    record Offline(Long block, Range of) implements Op {
    }
}
