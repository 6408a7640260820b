package org.mmscope.engine.state;

import java.util.List;

/**
 * Where the canonical walk of a state goes, token by token: readable text ({@link CanonicalText}) or a 128-bit
 * hash of the same tokens ({@link Hash128}). Both see exactly the same sequence, so two states have equal text
 * if and only if they are fed the same tokens, and then equal hashes.
 */
interface CanonicalSink {
    /** A word: a keyword of the walk or a name from the scenario. */
    CanonicalSink word(String w);

    CanonicalSink num(long v);

    /** Yes/no facts as one token: bit i set means {@code names[i]} holds. */
    CanonicalSink flags(int bits, String... names);

    /** A value of a fixed set (a zone, an LRU list, a direction). */
    CanonicalSink name(Enum<?> e);

    /** Page or slot contents (null: never written). */
    CanonicalSink bytes(byte[] b);

    /** The end of one record (a line of the text). */
    CanonicalSink end();

    /** A sink for one record of a set whose order means nothing (see {@link #unordered}). */
    CanonicalSink child();

    /** The records of {@code children}, taken in an order of their own contents (the set, not its order). */
    void unordered(List<CanonicalSink> children);
}
