package org.mmscope.engine.trace;

/**
 * An open kernel call, closed by try-with-resources: what the kernel does until it is closed nests inside it.
 * With no recorder attached it is {@link #NONE}, which costs nothing.
 *
 * <pre>
 * try (Call c = k.enter("do_wp_page", old)) {
 *     ...
 *     c.detail("reuse: mapcount 1");
 * }
 * </pre>
 */
public interface Call extends AutoCloseable {
    /** The frame the call turned out to be about. */
    Call about(long pfn);

    /** What the call did, known only as it ends. */
    Call detail(String detail);

    @Override
    void close();

    Call NONE = new Call() {
        @Override
        public Call about(long pfn) {
            return this;
        }

        @Override
        public Call detail(String detail) {
            return this;
        }

        @Override
        public void close() {
        }
    };
}
