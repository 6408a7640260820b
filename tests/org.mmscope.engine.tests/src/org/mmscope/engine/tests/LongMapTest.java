package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.kernel.LongMap;

/** The pfn/vpn index behaves like a HashMap under random puts and removes (removal keeps probe chains intact). */
class LongMapTest {
    @Test
    void agreesWithHashMapUnderRandomOperations() {
        LongMap<String> m = new LongMap<>();
        Map<Long, String> ref = new HashMap<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            long k = r.nextLong(5_000) - 100; // negative keys too, many collisions
            if (r.nextInt(3) == 0) {
                m.remove(k);
                ref.remove(k);
            } else {
                m.put(k, "v" + i);
                ref.put(k, "v" + i);
            }
            long probe = r.nextLong(5_000) - 100;
            assertEquals(ref.get(probe), m.get(probe));
        }
        assertEquals(ref.size(), m.size());
        assertEquals(ref.size(), m.values().size());
        assertNull(m.get(123_456_789L));
    }
}
