package org.mmscope.engine.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A map from long keys (pfns, vpns) to objects with open addressing and linear probing: about 12 bytes per
 * entry instead of java.util.HashMap's 50+ (node + boxed key), which is most of an index's cost per frame.
 * The engine's allowed dependencies carry no primitive-keyed map, hence this small class.
 */
public final class LongMap<V> {
    private static final long FREE = Long.MIN_VALUE;
    private long[] keys;
    private Object[] values;
    private int size;

    public LongMap() {
        keys = new long[16];
        Arrays.fill(keys, FREE);
        values = new Object[16];
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    @SuppressWarnings("unchecked")
    public V get(long key) {
        for (int i = slot(key);; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == key) {
                return (V) values[i];
            }
            if (keys[i] == FREE) {
                return null;
            }
        }
    }

    public boolean containsKey(long key) {
        return get(key) != null;
    }

    public void put(long key, V value) {
        if (key == FREE || value == null) {
            throw new IllegalArgumentException("key " + key + " / null value");
        }
        if ((size + 1) * 3 > keys.length * 2) {
            grow();
        }
        for (int i = slot(key);; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == FREE) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    /** Removes the key (backward-shift deletion keeps probe chains intact). */
    public void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == FREE) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        for (int j = (i + 1) & mask;; j = (j + 1) & mask) {
            if (keys[j] == FREE) {
                break;
            }
            int home = slot(keys[j]);
            boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (movable) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = FREE;
        values[i] = null;
    }

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                out.add((V) values[i]);
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }
}
