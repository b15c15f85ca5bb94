package app.hallway.leaders;

import java.util.Arrays;
import java.util.Set;

/**
 * Numbers the people met while reading the log densely from 0, so that everything after works on primitive
 * arrays. Objectors are never numbered: {@link #indexOf} answers -1 for them, and their interactions are
 * dropped on the spot, in both directions.
 *
 * <p>Looked up twice for every rollup read, millions of times per report, so it is an open-addressing table of
 * keys, their hashes and their numbers: a probe compares cached hashes in an {@code int[]} before it touches a
 * key, where a {@code HashMap} would chase a node and box the number.
 */
final class PeopleIndex {
    static final int EXCLUDED = -1;
    private static final int FREE = -2;

    private final Set<String> objectors;
    private String[] slotKeys = new String[1 << 12];
    private int[] slotHashes = new int[1 << 12];
    private int[] slotIndexes = new int[1 << 12];
    private String[] keys = new String[1 << 10];
    private int size;
    private int used;

    PeopleIndex(Set<String> objectors) {
        this.objectors = Set.copyOf(objectors);
        Arrays.fill(slotIndexes, FREE);
    }

    /** The person's number, assigned on first sight, or {@link #EXCLUDED} for an objector. */
    int indexOf(String userKey) {
        int hash = userKey.hashCode();
        int slot = slot(userKey, hash);
        if (slotIndexes[slot] != FREE) {
            return slotIndexes[slot];
        }
        int index = objectors.contains(userKey) ? EXCLUDED : size++;
        if (index != EXCLUDED) {
            if (index == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            keys[index] = userKey;
        }
        slotKeys[slot] = userKey;
        slotHashes[slot] = hash;
        slotIndexes[slot] = index;
        if (++used * 2 > slotKeys.length) {
            grow();
        }
        return index;
    }

    /** The person's number if they have one, else {@link #EXCLUDED}; never assigns one. */
    int find(String userKey) {
        int slot = slot(userKey, userKey.hashCode());
        return slotIndexes[slot] == FREE ? EXCLUDED : slotIndexes[slot];
    }

    int size() {
        return size;
    }

    String key(int index) {
        return keys[index];
    }

    /** The slot holding {@code userKey}, or the free slot where it belongs. */
    private int slot(String userKey, int hash) {
        int mask = slotKeys.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (slotIndexes[slot] != FREE && (slotHashes[slot] != hash || !slotKeys[slot].equals(userKey))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldKeys = slotKeys;
        int[] oldHashes = slotHashes;
        int[] oldIndexes = slotIndexes;
        slotKeys = new String[oldKeys.length * 2];
        slotHashes = new int[oldKeys.length * 2];
        slotIndexes = new int[oldKeys.length * 2];
        Arrays.fill(slotIndexes, FREE);
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldIndexes[old] != FREE) {
                int slot = slot(oldKeys[old], oldHashes[old]);
                slotKeys[slot] = oldKeys[old];
                slotHashes[slot] = oldHashes[old];
                slotIndexes[slot] = oldIndexes[old];
            }
        }
    }
}
