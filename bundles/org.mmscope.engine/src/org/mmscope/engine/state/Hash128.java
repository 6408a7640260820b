package org.mmscope.engine.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A 128-bit hash of the canonical walk's tokens: MurmurHash3 x64-128's block mix and finaliser over a stream of
 * longs. Each token is encoded with a type tag and, for words and contents, its length (a word of up to three
 * characters shares one long with its tag), so that different token sequences are different long streams (the
 * encoding is prefix-free); docs/ENGINE.md gives the collision argument.
 */
final class Hash128 implements CanonicalSink {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long WORD = 1;
    private static final long NUM = 2;
    private static final long BYTES = 3;
    private static final long NULL_BYTES = 4;
    private static final long END = 5;
    private static final long SET = 6;
    private static final long FLAGS = 7;
    private static final long NAME = 8;

    private long h1;
    private long h2;
    private long pending;
    private boolean hasPending;
    private long longs;

    private void feed(long v) {
        longs++;
        if (!hasPending) {
            pending = v;
            hasPending = true;
            return;
        }
        hasPending = false;
        long k1 = pending * C1;
        k1 = Long.rotateLeft(k1, 31) * C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        long k2 = v * C2;
        k2 = Long.rotateLeft(k2, 33) * C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    @Override
    public CanonicalSink word(String w) {
        int n = w.length();
        if (n <= 3) { // the walk's short keywords and flags: header and characters in one long
            long packed = WORD | (long) n << 8;
            for (int j = 0; j < n; j++) {
                packed |= (long) w.charAt(j) << (16 + 16 * j);
            }
            feed(packed);
            return this;
        }
        feed(WORD | (long) n << 8);
        for (int i = 0; i < n; i += 4) {
            long packed = 0;
            for (int j = i; j < Math.min(n, i + 4); j++) {
                packed = packed << 16 | w.charAt(j);
            }
            feed(packed);
        }
        return this;
    }

    @Override
    public CanonicalSink num(long v) {
        feed(NUM);
        feed(v);
        return this;
    }

    @Override
    public CanonicalSink flags(int bits, String... names) {
        feed(FLAGS | (long) bits << 8);
        return this;
    }

    @Override
    public CanonicalSink name(Enum<?> e) {
        feed(NAME | (long) e.ordinal() << 8);
        return this;
    }

    @Override
    public CanonicalSink bytes(byte[] c) {
        if (c == null) {
            feed(NULL_BYTES);
            return this;
        }
        feed(BYTES | (long) c.length << 8);
        for (int i = 0; i < c.length; i += 8) {
            long packed = 0;
            for (int j = i; j < Math.min(c.length, i + 8); j++) {
                packed = packed << 8 | (c[j] & 0xff);
            }
            feed(packed);
        }
        return this;
    }

    @Override
    public CanonicalSink end() {
        feed(END);
        return this;
    }

    @Override
    public CanonicalSink child() {
        return new Hash128();
    }

    /** Each record's own 128-bit hash, sorted, then fed: the set's hash does not depend on the order. */
    @Override
    public void unordered(List<CanonicalSink> children) {
        List<long[]> values = new ArrayList<>(children.size());
        children.forEach(c -> values.add(((Hash128) c).finish()));
        values.sort((a, b) -> a[0] != b[0] ? Long.compareUnsigned(a[0], b[0]) : Long.compareUnsigned(a[1], b[1]));
        feed(SET | (long) values.size() << 8);
        values.forEach(v -> {
            feed(v[0]);
            feed(v[1]);
        });
    }

    /** The two halves of the hash of everything fed so far. */
    long[] finish() {
        long a = h1;
        long b = h2;
        if (hasPending) {
            long k1 = pending * C1;
            k1 = Long.rotateLeft(k1, 31) * C2;
            a ^= k1;
        }
        long len = longs * 8;
        a ^= len;
        b ^= len;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new long[] { a, b };
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
