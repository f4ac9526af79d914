package nl.samenspraak.allocation.internal;

/**
 * A scratch map from {@code long} to non-negative {@code int} without boxing, for the inner loops: open
 * addressing, and a {@link #clear()} that costs only as much as the keys put since the last one.
 */
final class LongIntMap {

    private long[] keys = new long[64];
    private int[] values = new int[64];
    /** Slots in use, in the order they were filled. */
    private int[] filled = new int[32];
    private int size;

    /** The value for {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value == 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return value - 1;
            }
        }
    }

    /** Sets the value of a key that is not in the map. */
    void putNew(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (values[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value + 1;
        filled[size++] = slot;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            values[filled[i]] = 0;
        }
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldFilled = filled;
        int oldSize = size;
        keys = new long[2 * oldKeys.length];
        values = new int[2 * oldKeys.length];
        filled = new int[oldKeys.length];
        size = 0;
        for (int i = 0; i < oldSize; i++) {
            putNew(oldKeys[oldFilled[i]], oldValues[oldFilled[i]] - 1);
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
