package dev.rivulet.core.validation;

/**
 * Module hash → position of the module in document order (first module with a hash wins), as an open-addressing table
 * of ints: a validation looks a hash up several times per connection, and boxed {@code Integer} keys made those look-ups
 * the largest single cost on a 2,000-module canvas.
 *
 * <p>Usage: {@code HashIndex index = new HashIndex(n); index.addIfAbsent(hash); int i = index.get(hash);}
 */
final class HashIndex {
    /** What {@link #get} returns for a hash that is not in the index. */
    static final int MISSING = -1;

    private final int[] keys;
    private final int[] values;
    private final boolean[] used;
    private final int mask;
    private int size;

    /** Room for {@code expected} hashes (at most half full, so probes stay short); never grows past that. */
    HashIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
        mask = capacity - 1;
    }

    /** Gives the hash the next position and returns it, or returns MISSING when the hash is already indexed. */
    int addIfAbsent(int hash) {
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("index is full");
        }
        int slot = slot(hash);
        if (used[slot]) {
            return MISSING;
        }
        used[slot] = true;
        keys[slot] = hash;
        values[slot] = size;
        return size++;
    }

    /** The hash's position, or MISSING. */
    int get(int hash) {
        int slot = slot(hash);
        return used[slot] ? values[slot] : MISSING;
    }

    int size() {
        return size;
    }

    /** The slot holding the hash, or the free slot where it would go. */
    private int slot(int hash) {
        int slot = mix(hash) & mask;
        while (used[slot] && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Spreads sequential hashes (1, 2, 3...) and Streamr's random ones alike over the table. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
