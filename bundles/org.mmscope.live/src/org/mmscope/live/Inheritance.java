package org.mmscope.live;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which pages of each process's names are marked MADV_DONTFORK, and which a fork child did not inherit
 * (kernel/fork.c dup_mmap skips VM_DONTCOPY VMAs). A child has no VMA under those pages of an inherited name, so
 * the translator refuses steps on them: on the host, the address would otherwise be free for the child's next
 * mapping, and the name would come to mean that mapping.
 */
final class Inheritance {
    private final Map<String, BitSet> dontfork = new HashMap<>();
    private final Map<String, BitSet> missing = new HashMap<>();

    /** A (new) mapping bound to {@code var}: every page present, none marked. */
    void mapped(String process, String var) {
        dontfork.remove(key(process, var));
        missing.remove(key(process, var));
    }

    /** madvise(MADV_DONTFORK) ({@code on}) or MADV_DOFORK over pages {@code from..to}. */
    void dontfork(String process, String var, long from, long to, boolean on) {
        dontfork.computeIfAbsent(key(process, var), k -> new BitSet()).set((int) from, (int) to + 1, on);
    }

    /** fork: the child misses what the parent missed and what the parent marked; it marks nothing itself. */
    void fork(String parent, String child) {
        String prefix = parent + ".";
        Map<String, BitSet> childMissing = new HashMap<>();
        for (Map<String, BitSet> table : java.util.List.of(missing, dontfork)) {
            table.forEach((key, pages) -> {
                if (key.startsWith(prefix)) {
                    childMissing.computeIfAbsent(child + "." + key.substring(prefix.length()), k -> new BitSet()).or(pages);
                }
            });
        }
        missing.putAll(childMissing);
    }

    /** The first page of {@code from..to} of {@code var} that {@code process} did not inherit, or −1. */
    long missing(String process, String var, long from, long to) {
        BitSet pages = missing.get(key(process, var));
        if (pages == null) {
            return -1;
        }
        int first = pages.nextSetBit((int) from);
        return first >= 0 && first <= to ? first : -1;
    }

    private static String key(String process, String var) {
        return process + "." + var;
    }
}
