package dev.rivulet.runtime.streams.history;

import dev.rivulet.core.DataType;
import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.StreamRecord;
import dev.rivulet.runtime.streams.FieldDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays stored history: one index-ordered query per (stream, partition), merged in (timestamp, sequence) order
 * (ties by stream and partition order), each row decoded straight into the reader's field slots. Values are placed
 * by field name, so rows written under an older schema version fill the fields they have; numbers arrive as doubles.
 * Open with {@link HistoryStore#cursor}; close it to release its connection.
 */
public final class HistoryCursor implements RecordCursor, StreamRecord {
    private static final Object DOUBLE_MARK = new Object();

    private final HistoryStore store;
    private final Connection connection;
    private final Map<String, Integer> readerIndex = new HashMap<>();
    private final List<String> readerNames;
    private final Source[] sources;
    private final double[] doubles;
    private final Object[] objects;
    private final ContentCodec.Reader reader = new ContentCodec.Reader(new byte[0]);
    private Source current;
    private boolean started;

    HistoryCursor(HistoryStore store, Connection connection, List<StoredStream> streams, List<String> fieldNames,
                  List<DataType> fieldTypes, List<Integer> partitions, long from, long to) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.readerNames = List.copyOf(fieldNames);
        for (int i = 0; i < fieldNames.size(); i++) {
            readerIndex.putIfAbsent(fieldNames.get(i), i);
        }
        doubles = new double[fieldNames.size()];
        objects = new Object[fieldNames.size()];
        List<Source> list = new ArrayList<>();
        try {
            for (StoredStream s : streams) {
                for (int p = 0; p < s.definition().partitions(); p++) {
                    if (partitions.isEmpty() || partitions.contains(p)) {
                        list.add(new Source(s, p, from, to));
                    }
                }
            }
        } catch (SQLException e) {
            list.forEach(Source::close);
            connection.close();
            throw e;
        }
        sources = list.toArray(new Source[0]);
    }

    @Override
    public boolean next() {
        try {
            if (!started) {
                started = true;
                for (Source s : sources) {
                    s.advance();
                }
            } else if (current != null) {
                current.advance();
            }
            Source best = null;
            for (Source s : sources) {
                if (s.live && (best == null || s.ts < best.ts || (s.ts == best.ts && s.seq < best.seq))) {
                    best = s;
                }
            }
            current = best;
            if (best == null) {
                return false;
            }
            decode(best);
            return true;
        } catch (SQLException e) {
            throw new RecordException("history of " + (current == null ? "streams" : current.stream.definition().id())
                + ": cannot read: " + e.getMessage());
        }
    }

    private void decode(Source s) {
        Arrays.fill(objects, null);
        byte[] data = s.content;
        if (ContentCodec.isJson(data)) {
            Map<String, Object> m = ContentCodec.decode(data, v -> List.of());
            for (int i = 0; i < readerNames.size(); i++) {
                put(i, m.get(readerNames.get(i)));
            }
            return;
        }
        ContentCodec.Reader r = reader;
        r.data = data;
        r.pos = 1;
        int[] map = s.mapping((int) r.varint());
        int end = data.length;
        while (r.pos < end) {
            long key = r.varint();
            int target;
            if (key == 0) {
                Integer t = readerIndex.get(r.string());
                target = t == null ? -1 : t;
            } else {
                int k = (int) key - 1;
                target = k < map.length ? map[k] : -1;
            }
            int tag = data[r.pos++];
            switch (tag) {
                case ContentCodec.DOUBLE -> setDouble(target, r.fixedDouble());
                case ContentCodec.LONG -> setDouble(target, r.zigzag());
                case ContentCodec.STRING -> {
                    if (target >= 0) {
                        objects[target] = r.string();
                    } else {
                        r.skipString();
                    }
                }
                case ContentCodec.TRUE -> put(target, Boolean.TRUE);
                case ContentCodec.FALSE -> put(target, Boolean.FALSE);
                case ContentCodec.JSON_VALUE -> {
                    if (target >= 0) {
                        objects[target] = ContentCodec.Reader.json(r.string());
                    } else {
                        r.skipString();
                    }
                }
                case ContentCodec.NULL -> put(target, null);
                default -> throw new RecordException("history of " + s.stream.definition().id()
                    + ": unknown value tag " + tag + " at timestamp " + s.ts);
            }
        }
    }

    private void setDouble(int target, double v) {
        if (target >= 0) {
            doubles[target] = v;
            objects[target] = DOUBLE_MARK;
        }
    }

    private void put(int target, Object v) {
        if (target < 0) {
            return;
        }
        if (v instanceof Number n) {
            setDouble(target, n.doubleValue());
        } else {
            objects[target] = v;
        }
    }

    @Override
    public long timestamp() {
        return current.ts;
    }

    @Override
    public long sequence() {
        return current.seq;
    }

    @Override
    public StreamRecord record() {
        return this;
    }

    @Override
    public boolean has(int field) {
        return objects[field] != null;
    }

    @Override
    public boolean isDouble(int field) {
        return objects[field] == DOUBLE_MARK;
    }

    @Override
    public double getDouble(int field) {
        return doubles[field];
    }

    @Override
    public Object get(int field) {
        Object v = objects[field];
        return v == DOUBLE_MARK ? Double.valueOf(doubles[field]) : v;
    }

    @Override
    public void close() {
        for (Source s : sources) {
            s.close();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // read-only connection: nothing is lost
        }
    }

    /** One partition of one stream, read in index order. */
    private final class Source {
        final StoredStream stream;
        final PreparedStatement statement;
        final ResultSet rows;
        final Map<Integer, int[]> mappings = new HashMap<>();
        boolean live;
        long ts;
        long seq;
        byte[] content;

        Source(StoredStream stream, int partition, long from, long to) throws SQLException {
            this.stream = stream;
            statement = connection.prepareStatement("SELECT ts, seq, content FROM messages WHERE stream_num = ?"
                + " AND partition = ? AND ts BETWEEN ? AND ? ORDER BY ts, seq, chain");
            statement.setLong(1, stream.num());
            statement.setInt(2, partition);
            statement.setLong(3, from);
            statement.setLong(4, to);
            rows = statement.executeQuery();
        }

        void advance() throws SQLException {
            live = rows.next();
            if (live) {
                ts = rows.getLong(1);
                seq = rows.getLong(2);
                content = rows.getBytes(3);
            }
        }

        /** Stored field index to reader field index (-1: not read) for one schema version. */
        int[] mapping(int version) {
            int[] m = mappings.get(version);
            if (m == null) {
                List<FieldDefinition> fields = store.schema(stream, version);
                m = new int[fields.size()];
                for (int i = 0; i < m.length; i++) {
                    Integer t = readerIndex.get(fields.get(i).name());
                    m[i] = t == null ? -1 : t;
                }
                mappings.put(version, m);
            }
            return m;
        }

        void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException ignored) {
                // closing a read; nothing to recover
            }
        }
    }
}
