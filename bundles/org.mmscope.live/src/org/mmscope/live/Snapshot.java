package org.mmscope.live;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side's observations after one step: the step's outcome, every page of every live process's mappings,
 * and what each device sees through each page of each live handle.
 *
 * @param result "ok" or the errno name
 */
public record Snapshot(String result, Map<PageKey, PageView> pages, Map<String, String> device) {
    /** A page of a mapping, ordered by process (in creation order), mapping name and page. */
    public record PageKey(int processIndex, String process, String var, long page) implements Comparable<PageKey> {
        private static final Comparator<PageKey> ORDER = Comparator.comparingInt(PageKey::processIndex)
                .thenComparing(PageKey::var).thenComparingLong(PageKey::page);

        @Override
        public int compareTo(PageKey o) {
            return ORDER.compare(this, o);
        }

        @Override
        public String toString() {
            return process + "." + var + "[" + page + "]";
        }
    }

    public static Snapshot empty(String result) {
        return new Snapshot(result, new TreeMap<>(), new TreeMap<>());
    }
}
