package dev.rivulet.modules.visualization;

import dev.rivulet.core.ValueCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pending expiries of a map widget's markers and trace points, in expiry order. Engine time never goes back and each
 * kind has one lifetime, so the earliest expiry is always first: a marker that moves is re-inserted at the end.
 */
final class MapExpiry {
    /** Marker id → expiry time (epoch millis). */
    private final LinkedHashMap<Object, Long> markers = new LinkedHashMap<>();
    private final ArrayDeque<Object> pointIds = new ArrayDeque<>();
    private final ArrayDeque<Long> pointTimes = new ArrayDeque<>();

    void marker(Object id, long expiresAt) {
        markers.remove(id);
        markers.put(id, expiresAt);
    }

    void tracePoint(Object id, long expiresAt) {
        pointIds.addLast(id);
        pointTimes.addLast(expiresAt);
    }

    boolean isEmpty() {
        return markers.isEmpty() && pointIds.isEmpty();
    }

    /** Removes and returns the markers expired at {@code now}. */
    List<Object> expiredMarkers(long now) {
        List<Object> expired = new ArrayList<>();
        Iterator<Map.Entry<Object, Long>> it = markers.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Object, Long> e = it.next();
            if (e.getValue() > now) {
                break;
            }
            expired.add(e.getKey());
            it.remove();
        }
        return expired;
    }

    /** Removes and returns the trace points expired at {@code now}. */
    List<Object> expiredPoints(long now) {
        List<Object> expired = new ArrayList<>();
        while (!pointTimes.isEmpty() && pointTimes.peekFirst() <= now) {
            pointTimes.pollFirst();
            expired.add(pointIds.pollFirst());
        }
        return expired;
    }

    void clear() {
        markers.clear();
        pointIds.clear();
        pointTimes.clear();
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(markers.size());
        for (Map.Entry<Object, Long> e : markers.entrySet()) {
            ValueCodec.write(out, e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(pointIds.size());
        Iterator<Long> times = pointTimes.iterator();
        for (Object id : pointIds) {
            ValueCodec.write(out, id);
            out.writeLong(times.next());
        }
    }

    void read(DataInput in) throws IOException {
        clear();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            Object id = ValueCodec.read(in);
            markers.put(id, in.readLong());
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            Object id = ValueCodec.read(in);
            tracePoint(id, in.readLong());
        }
    }
}
