package org.mmscope.live;

/**
 * What one side (the live kernel or the engine) shows for one page of one mapping after a step.
 *
 * @param pfn the frame, meaningful only as identity within one side (never compared as a number)
 * @param exclusive PageAnonExclusive for an anonymous frame (kpageflags bit 34 on the host), null otherwise
 * @param mapcount the frame's mapcount (/proc/kpagecount on the host), null for the zero page
 * @param content what the process reads at the start of the page up to the first zero byte (at most 256
 *        bytes), null when it is not present or not readable
 */
public record PageView(State state, long pfn, boolean zeroPage, Boolean exclusive, Integer mapcount, String content) {
    public enum State {
        PRESENT, SWAPPED, ABSENT
    }

    public static final PageView ABSENT = new PageView(State.ABSENT, -1, false, null, null, null);
    public static final PageView SWAPPED = new PageView(State.SWAPPED, -1, false, null, null, null);

    /** Content as both sides report it: at most this many bytes. */
    public static final int CONTENT_MAX = 256;

    public static String clip(String s) {
        return s == null || s.length() <= CONTENT_MAX ? s : s.substring(0, CONTENT_MAX);
    }

    public boolean present() {
        return state == State.PRESENT;
    }
}
