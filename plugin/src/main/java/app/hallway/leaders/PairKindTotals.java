package app.hallway.leaders;

import java.util.Arrays;

/**
 * Decayed interaction counts summed per (endorser, endorsed, kind) while the log is read: an open-addressing
 * hash of packed {@code long} keys to {@code double} totals, so that millions of daily rollups fold into one
 * entry per pair and kind without an object per entry. 16 bytes per slot, at most 70 % full.
 */
final class PairKindTotals {
    private static final long FREE = -1L;
    private static final int KIND_BITS = 4;
    private static final int PERSON_BITS = 29;
    private static final long PERSON_MASK = (1L << PERSON_BITS) - 1;

    private long[] keys;
    private double[] totals;
    private int size;

    PairKindTotals(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.7)) - 1) << 1;
        keys = new long[capacity];
        totals = new double[capacity];
        Arrays.fill(keys, FREE);
    }

    void add(int endorser, int endorsed, int kind, double amount) {
        if (endorser > PERSON_MASK || endorsed > PERSON_MASK) {
            throw new IllegalArgumentException("too many people for one report: " + Math.max(endorser, endorsed));
        }
        long key = (((long) endorser << PERSON_BITS) | endorsed) << KIND_BITS | kind;
        int slot = slot(keys, key);
        if (keys[slot] == FREE) {
            keys[slot] = key;
            totals[slot] = amount;
            if (++size > keys.length * 0.7) {
                grow();
            }
        } else {
            totals[slot] += amount;
        }
    }

    int size() {
        return size;
    }

    /** Visits every (endorser, endorsed, kind) with its total, in no particular order. */
    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            long key = keys[slot];
            if (key != FREE) {
                int kind = (int) (key & ((1 << KIND_BITS) - 1));
                long pair = key >>> KIND_BITS;
                visitor.visit((int) (pair >>> PERSON_BITS), (int) (pair & PERSON_MASK), kind, totals[slot]);
            }
        }
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The finaliser of MurmurHash3: spreads packed keys that differ in a few bits over the whole table. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldTotals = totals;
        keys = new long[oldKeys.length * 2];
        totals = new double[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != FREE) {
                int slot = slot(keys, oldKeys[old]);
                keys[slot] = oldKeys[old];
                totals[slot] = oldTotals[old];
            }
        }
    }

    /** Receives one total. */
    @FunctionalInterface
    interface Visitor {
        void visit(int endorser, int endorsed, int kind, double total);
    }
}
