package org.mmscope.engine.trace;

/** Where the kernel paths report what they did; the trace recorder is one. */
public interface EventSink {
    void event(String function, long pfn, String detail);

    void hazard(String kind, long pfn, String message);

    EventSink NONE = new EventSink() {
        @Override
        public void event(String function, long pfn, String detail) {
        }

        @Override
        public void hazard(String kind, long pfn, String message) {
        }
    };
}
