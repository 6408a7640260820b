package org.mmscope.engine.trace;

/** Where the kernel paths report what they do; the trace recorder is one. */
public interface EventSink {
    /** Opens a kernel call: everything reported until it is closed nests inside it. */
    Call enter(String function, long pfn, String detail);

    /** A kernel function that only reports what it did (a call without calls of its own). */
    void event(String function, long pfn, String detail);

    void hazard(String kind, long pfn, String message);

    /** Whether calls and events are kept (hazards always are). */
    boolean recordsCalls();

    EventSink NONE = new EventSink() {
        @Override
        public Call enter(String function, long pfn, String detail) {
            return Call.NONE;
        }

        @Override
        public void event(String function, long pfn, String detail) {
        }

        @Override
        public void hazard(String kind, long pfn, String message) {
        }

        @Override
        public boolean recordsCalls() {
            return false;
        }
    };
}
