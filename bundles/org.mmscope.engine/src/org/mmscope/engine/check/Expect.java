package org.mmscope.engine.check;

import org.mmscope.engine.ops.Op;

/** One expectation of LANGUAGE.md. Page references name one page: {@code P.v[i]} or a handle's {@code h[i]}. */
public sealed interface Expect {
    /** A page: a process mapping page, or (process == null) page {@code index} of handle {@code var}. */
    record PageRef(String process, String var, long index) {
        public boolean isHandle() {
            return process == null;
        }

        @Override
        public String toString() {
            return (process == null ? var : process + "." + var) + "[" + index + "]";
        }
    }

    enum PteState {
        PRESENT, SWAPPED, ABSENT
    }

    enum Counter {
        REFCOUNT, MAPCOUNT, PINCOUNT
    }

    record ReadEquals(Op.Range range, String text) implements Expect {
    }

    record DmaReadEquals(String device, Op.HandleRange range, String text) implements Expect {
    }

    record PteIs(PageRef page, PteState state) implements Expect {
    }

    record Pinned(PageRef page, boolean pinned) implements Expect {
    }

    record SameFrame(PageRef a, PageRef b, boolean same) implements Expect {
    }

    record Moved(PageRef page, boolean moved) implements Expect {
    }

    record CounterEquals(PageRef page, Counter counter, long value) implements Expect {
    }

    record FrameFree(PageRef page, boolean free) implements Expect {
    }

    record Ok() implements Expect {
    }

    record Error(String errno) implements Expect {
    }

    record Hazard(String kind) implements Expect {
    }

    record NoHazard() implements Expect {
    }
}
