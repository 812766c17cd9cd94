package dev.rivulet.runtime.streams.history;

import dev.rivulet.core.DataType;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.store.SqliteDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The stored history of the registry's streams, in {@code streams.db}: batched appends, range and last-N queries
 * (the primary key is a per-partition time index), a replay cursor, retention, and reading of rows written under
 * older schema versions (fields matched by name; fields a row lacks are absent). Stream keys and schemas are cached
 * and dropped when this process's {@link StreamRegistry} reports a change; an edit made by another process is seen
 * after a restart (rows stay readable either way, since each row names its schema version).
 *
 * <p>Usage: {@code HistoryStore h = new HistoryStore(registry); h.append(batch); h.range(id, from, to, 1000);}
 */
public final class HistoryStore {
    private static final String SELECT = "SELECT m.partition, m.ts, m.seq, c.publisher, c.msg_chain, m.content,"
        + " m.signature_type, m.signature FROM messages m JOIN message_chains c ON c.num = m.chain";

    private final StreamRegistry registry;
    private final SqliteDatabase db;
    private final Map<StreamId, StoredStream> streams = new ConcurrentHashMap<>();
    private final Map<Long, Map<Integer, List<FieldDefinition>>> schemas = new ConcurrentHashMap<>();
    private final Map<StreamId, Boolean> storing = new ConcurrentHashMap<>();

    public HistoryStore(StreamRegistry registry) {
        this.registry = registry;
        this.db = registry.database();
        registry.addListener(id -> {
            storing.remove(id);
            StoredStream old = streams.remove(id);
            if (old != null) {
                schemas.remove(old.num());
            }
        });
    }

    public StreamRegistry registry() {
        return registry;
    }

    /** True when the stream exists and has storage on (cached; the registry's changes clear the cache). */
    public boolean storesHistory(StreamId id) {
        Boolean b = storing.get(id);
        if (b == null) {
            b = registry.find(id).map(StreamDefinition::storage).orElse(false);
            storing.put(id, b);
        }
        return b;
    }

    /** A writer with its own connection, for a thread that appends many batches. */
    public BatchWriter batchWriter() {
        try {
            return new BatchWriter(this, db.connect());
        } catch (SQLException e) {
            throw new StreamException("cannot open the history for writing: " + e.getMessage(), e);
        }
    }

    /** Appends the messages in one transaction; returns how many were new. */
    public int append(List<StreamMessage> messages) {
        try (BatchWriter w = batchWriter()) {
            return w.append(messages);
        }
    }

    /** Messages of every partition with {@code from <= timestamp <= to}, in (timestamp, sequence) order. */
    public List<StreamMessage> range(StreamId id, long from, long to, int limit) {
        return merged(id, from, to, false, limit);
    }

    /** Messages of one partition with {@code from <= timestamp <= to}, in (timestamp, sequence) order. */
    public List<StreamMessage> range(StreamId id, int partition, long from, long to, int limit) {
        List<StreamMessage> out = new ArrayList<>();
        scan(id, partition, from, to, false, limit, out::add);
        return out;
    }

    /** The newest {@code n} messages of every partition together, oldest first. */
    public List<StreamMessage> last(StreamId id, int n) {
        List<StreamMessage> out = merged(id, Long.MIN_VALUE, Long.MAX_VALUE, true, n);
        Collections.reverse(out);
        return out;
    }

    /** Streams every message in the range to {@code sink}, in (timestamp, sequence) order (for export). */
    public void forEach(StreamId id, long from, long to, Consumer<StreamMessage> sink) {
        // one partition reads in index order; several are sorted by SQLite (which spills to disk when it must)
        scan(id, stored(id).definition().partitions() == 1 ? 0 : -1, from, to, false, Integer.MAX_VALUE, sink);
    }

    /** Per partition in index order (each limited), then merged: no full scan for a last-N of a big stream. */
    private List<StreamMessage> merged(StreamId id, long from, long to, boolean newestFirst, int limit) {
        List<StreamMessage> all = new ArrayList<>();
        int partitions = stored(id).definition().partitions();
        for (int p = 0; p < partitions; p++) {
            scan(id, p, from, to, newestFirst, limit, all::add);
        }
        if (partitions > 1) {
            Comparator<StreamMessage> byTime = Comparator.comparingLong(StreamMessage::timestamp)
                .thenComparingLong(StreamMessage::sequence).thenComparingInt(StreamMessage::partition);
            all.sort(newestFirst ? byTime.reversed() : byTime);
        }
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }

    /** Number of stored messages of the stream. */
    public long count(StreamId id) {
        StoredStream s = stored(id);
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM messages WHERE stream_num = ?")) {
            ps.setLong(1, s.num());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StreamException("cannot count the history of " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes messages older than each stream's retention period (streams with retention 0 keep everything).
     *
     * @return how many messages were deleted
     */
    public long enforceRetention(long nowMillis) {
        long deleted = 0;
        for (StreamDefinition def : registry.list()) {
            if (def.retentionDays() == 0) {
                continue;
            }
            long cutoff = nowMillis - def.retentionDays() * 86_400_000L;
            StoredStream s = stored(def.id());
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM messages WHERE stream_num = ? AND partition = ? AND ts < ?")) {
                // one statement per partition, so each delete is a range of the primary key
                for (int p = 0; p < def.partitions(); p++) {
                    ps.setLong(1, s.num());
                    ps.setInt(2, p);
                    ps.setLong(3, cutoff);
                    deleted += ps.executeUpdate();
                }
            } catch (SQLException e) {
                throw new StreamException("cannot apply the retention of " + def.id() + ": " + e.getMessage(), e);
            }
        }
        return deleted;
    }

    /**
     * A replay cursor over one or several streams between {@code from} and {@code to} (inclusive), merged in
     * (timestamp, sequence) order, with values placed by field name into the reader's field order.
     *
     * @param partitions partitions to read (empty: all)
     */
    public HistoryCursor cursor(List<StreamId> ids, List<String> fieldNames, List<DataType> fieldTypes,
                                List<Integer> partitions, long from, long to) {
        List<StoredStream> stored = new ArrayList<>();
        for (StreamId id : ids) {
            stored.add(stored(id));
        }
        try {
            return new HistoryCursor(this, db.connect(), stored, fieldNames, fieldTypes, partitions, from, to);
        } catch (SQLException e) {
            throw new StreamException("cannot read the history of " + ids + ": " + e.getMessage(), e);
        }
    }

    /** The stream's key and current schema (cached until the registry reports a change). */
    StoredStream stored(StreamId id) {
        StoredStream s = streams.get(id);
        if (s != null) {
            return s;
        }
        StreamDefinition def = registry.find(id).orElseThrow(() -> new StreamException("unknown stream " + id));
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT num FROM streams WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StreamException("unknown stream " + id);
                }
                s = StoredStream.of(rs.getLong(1), def);
            }
        } catch (SQLException e) {
            throw new StreamException("cannot read stream " + id + ": " + e.getMessage(), e);
        }
        streams.put(id, s);
        return s;
    }

    /** The fields of one schema version of a stream (empty for an unknown version). */
    List<FieldDefinition> schema(StoredStream s, int version) {
        Map<Integer, List<FieldDefinition>> versions = schemas.computeIfAbsent(s.num(),
            n -> registry.schemaVersions(s.definition().id()));
        return versions.getOrDefault(version, List.of());
    }

    private void scan(StreamId id, int partition, long from, long to, boolean newestFirst, int limit,
                      Consumer<StreamMessage> sink) {
        StoredStream s = stored(id);
        String order = newestFirst ? " DESC" : "";
        String sql = SELECT + " WHERE m.stream_num = ?" + (partition >= 0 ? " AND m.partition = ?" : "")
            + " AND m.ts BETWEEN ? AND ? ORDER BY m.ts" + order + ", m.seq" + order + ", m.partition" + order
            + " LIMIT ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, s.num());
            if (partition >= 0) {
                ps.setInt(i++, partition);
            }
            ps.setLong(i++, from);
            ps.setLong(i++, to);
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(message(s, rs));
                }
            }
        } catch (SQLException e) {
            throw new StreamException("cannot read the history of " + id + ": " + e.getMessage(), e);
        }
    }

    private StreamMessage message(StoredStream s, ResultSet rs) throws SQLException {
        byte[] content = rs.getBytes(6);
        Map<String, Object> map = ContentCodec.decode(content, v -> names(schema(s, v)));
        String sigType = rs.getString(7);
        StreamMessage.Signature sig = sigType == null ? null : new StreamMessage.Signature(sigType, rs.getString(8));
        return new StreamMessage(s.definition().id(), rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
            rs.getString(5), map, sig);
    }

    static List<String> names(List<FieldDefinition> fields) {
        List<String> n = new ArrayList<>(fields.size());
        fields.forEach(f -> n.add(f.name()));
        return n;
    }
}
