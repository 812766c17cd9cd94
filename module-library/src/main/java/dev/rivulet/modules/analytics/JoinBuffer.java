package dev.rivulet.modules.analytics;

import dev.rivulet.core.ValueCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of JoinByKey: the records waiting for a partner, in arrival order (which is time order: engine time never
 * goes back) and by key. Both views drop their oldest entries first, so a record leaving the front of the arrival
 * queue is also at the front of its key's queue.
 */
final class JoinBuffer {
    private final ArrayDeque<Held> arrival = new ArrayDeque<>();
    private final Map<String, ArrayDeque<Held>> byKey = new HashMap<>();

    /** A waiting record. */
    static final class Held {
        final String key;
        final long time;
        final Map<String, Object> record;
        boolean matched;

        Held(String key, long time, Map<String, Object> record) {
            this.key = key;
            this.time = time;
            this.record = record;
        }
    }

    void add(Held h) {
        arrival.addLast(h);
        byKey.computeIfAbsent(h.key, k -> new ArrayDeque<>()).addLast(h);
    }

    /** The waiting records with this key, oldest first. */
    Iterable<Held> withKey(String key) {
        ArrayDeque<Held> q = byKey.get(key);
        return q == null ? List.of() : Collections.unmodifiableCollection(q);
    }

    int size() {
        return arrival.size();
    }

    /** Removes and returns the oldest record if it arrived before {@code time}, else null. */
    Held removeOlderThan(long time) {
        Held h = arrival.peekFirst();
        if (h == null || h.time >= time) {
            return null;
        }
        return removeOldest();
    }

    Held removeOldest() {
        Held h = arrival.pollFirst();
        ArrayDeque<Held> q = byKey.get(h.key);
        q.pollFirst();
        if (q.isEmpty()) {
            byKey.remove(h.key);
        }
        return h;
    }

    void clear() {
        arrival.clear();
        byKey.clear();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(arrival.size());
        for (Held h : arrival) {
            ValueCodec.writeString(out, h.key);
            out.writeLong(h.time);
            out.writeBoolean(h.matched);
            ValueCodec.write(out, h.record);
        }
    }

    @SuppressWarnings("unchecked")
    void read(DataInput in) throws IOException {
        clear();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String key = ValueCodec.readString(in);
            long time = in.readLong();
            boolean matched = in.readBoolean();
            Object rec = ValueCodec.read(in);
            Held h = new Held(key, time, rec instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
            h.matched = matched;
            add(h);
        }
    }
}
