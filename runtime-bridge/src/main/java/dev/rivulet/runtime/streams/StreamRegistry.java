package dev.rivulet.runtime.streams;

import dev.rivulet.runtime.store.SqliteDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The streams of this workspace, kept in {@code streams.db}: create, edit (a change of fields adds a schema version;
 * old versions are kept), delete (refused while {@link StreamUsages} reports users, unless forced; the history goes
 * with the stream), find, list and search.
 *
 * <p>Usage: {@code StreamRegistry reg = new StreamRegistry(dbs.streams(), StreamUsages.NONE, Clock.systemUTC());
 * reg.create(StreamDefinition.of(StreamId.parse("prices"), "Prices").withFields(fields));}
 */
public final class StreamRegistry {
    private static final String COLUMNS =
        "id, name, description, partitions, storage, retention_days, schema_version, num";

    private final SqliteDatabase db;
    private final StreamUsages usages;
    private final Clock clock;
    private final List<Consumer<StreamId>> listeners = new CopyOnWriteArrayList<>();

    public StreamRegistry(SqliteDatabase db, StreamUsages usages, Clock clock) {
        this.db = db;
        this.usages = usages;
        this.clock = clock;
    }

    /** The database this registry (and the history beside it) lives in. */
    public SqliteDatabase database() {
        return db;
    }

    /** Called with the id after every create, edit and delete (on the caller's thread). */
    public void addListener(Consumer<StreamId> listener) {
        listeners.add(listener);
    }

    /** Adds a stream at schema version 1. */
    public StreamDefinition create(StreamDefinition def) {
        long now = clock.millis();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            if (numOf(c, def.id()) != null) {
                throw new StreamException("stream " + def.id() + " already exists");
            }
            long num;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO streams (id, name, description, partitions,"
                + " storage, retention_days, schema_version, created, updated) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"
                + " RETURNING num")) {
                ps.setString(1, def.id().toString());
                ps.setString(2, def.name());
                ps.setString(3, def.description());
                ps.setInt(4, def.partitions());
                ps.setString(5, def.storage() ? "local" : "none");
                setRetention(ps, 6, def.retentionDays());
                ps.setLong(7, now);
                ps.setLong(8, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    num = rs.getLong(1);
                }
            }
            addSchema(c, num, 1, def.fields(), now);
            c.commit();
        } catch (SQLException e) {
            throw failure("create stream " + def.id(), e);
        }
        fire(def.id());
        return def.withSchemaVersion(1);
    }

    /**
     * Replaces name, description, fields, partitions, storage and retention. When the fields differ from the current
     * schema, a new schema version is stored and becomes current.
     */
    public StreamDefinition edit(StreamDefinition def) {
        StreamDefinition result;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            StreamDefinition old = find(c, def.id())
                .orElseThrow(() -> new StreamException("no stream " + def.id() + " to edit"));
            int version = old.schemaVersion();
            long now = clock.millis();
            if (!old.fields().equals(def.fields())) {
                version++;
                addSchema(c, numOf(c, def.id()), version, def.fields(), now);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE streams SET name = ?, description = ?, partitions = ?,"
                + " storage = ?, retention_days = ?, schema_version = ?, updated = ? WHERE id = ?")) {
                ps.setString(1, def.name());
                ps.setString(2, def.description());
                ps.setInt(3, def.partitions());
                ps.setString(4, def.storage() ? "local" : "none");
                setRetention(ps, 5, def.retentionDays());
                ps.setInt(6, version);
                ps.setLong(7, now);
                ps.setString(8, def.id().toString());
                ps.executeUpdate();
            }
            c.commit();
            result = def.withSchemaVersion(version);
        } catch (SQLException e) {
            throw failure("edit stream " + def.id(), e);
        }
        fire(def.id());
        return result;
    }

    /** Who uses the stream (for a confirmation before {@link #delete}); empty when nobody does. */
    public List<String> usages(StreamId id) {
        return usages.usages(id);
    }

    /**
     * Deletes the stream, its schema versions and its history.
     *
     * @param force delete even when {@link #usages} reports users
     * @return false when there was no such stream
     * @throws StreamInUseException when it is used and {@code force} is false
     */
    public boolean delete(StreamId id, boolean force) {
        if (!force) {
            List<String> users = usages.usages(id);
            if (!users.isEmpty()) {
                throw new StreamInUseException(id, users);
            }
        }
        int n;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM streams WHERE id = ?")) {
            // history rows go by ON DELETE CASCADE, in the same statement
            ps.setString(1, id.toString());
            n = ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete stream " + id, e);
        }
        if (n > 0) {
            fire(id);
        }
        return n > 0;
    }

    public Optional<StreamDefinition> find(StreamId id) {
        try (Connection c = db.connect()) {
            return find(c, id);
        } catch (SQLException e) {
            throw failure("read stream " + id, e);
        }
    }

    /** The stream, or a {@link StreamException} saying it does not exist. */
    public StreamDefinition get(StreamId id) {
        return find(id).orElseThrow(() -> new StreamException("unknown stream " + id));
    }

    /** All streams, by id. */
    public List<StreamDefinition> list() {
        return search("");
    }

    /** Streams whose id, name or description contains {@code text} (ignoring case), by id. */
    public List<StreamDefinition> search(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<StreamDefinition> out = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM streams WHERE ? = ''"
                 + " OR instr(lower(id), ?) > 0 OR instr(lower(name), ?) > 0 OR instr(lower(description), ?) > 0"
                 + " ORDER BY id")) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, needle);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(c, rs));
                }
            }
        } catch (SQLException e) {
            throw failure("search streams", e);
        }
        return out;
    }

    /** Every schema version of a stream, oldest first. */
    public Map<Integer, List<FieldDefinition>> schemaVersions(StreamId id) {
        Map<Integer, List<FieldDefinition>> out = new LinkedHashMap<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT version, fields FROM stream_schemas WHERE stream_num ="
                 + " (SELECT num FROM streams WHERE id = ?) ORDER BY version")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), FieldsJson.read(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw failure("read the schemas of stream " + id, e);
        }
        return out;
    }

    private Optional<StreamDefinition> find(Connection c, StreamId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM streams WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    private static StreamDefinition read(Connection c, ResultSet rs) throws SQLException {
        StreamId id = StreamId.parse(rs.getString(1));
        int version = rs.getInt(7);
        List<FieldDefinition> fields = List.of();
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT fields FROM stream_schemas WHERE stream_num = ? AND version = ?")) {
            ps.setLong(1, rs.getLong(8));
            ps.setInt(2, version);
            try (ResultSet f = ps.executeQuery()) {
                if (f.next()) {
                    fields = FieldsJson.read(f.getString(1));
                }
            }
        }
        return new StreamDefinition(id, rs.getString(2), rs.getString(3), fields, rs.getInt(4),
            "local".equals(rs.getString(5)), rs.getInt(6), version);
    }

    private static Long numOf(Connection c, StreamId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT num FROM streams WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void addSchema(Connection c, long num, int version, List<FieldDefinition> fields, long now)
        throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO stream_schemas (stream_num, version, fields, created) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, num);
            ps.setInt(2, version);
            ps.setString(3, FieldsJson.write(fields));
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    private static void setRetention(PreparedStatement ps, int index, int days) throws SQLException {
        if (days == 0) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, days);
        }
    }

    private void fire(StreamId id) {
        listeners.forEach(l -> l.accept(id));
    }

    private static StreamException failure(String what, SQLException e) {
        return new StreamException("cannot " + what + ": " + e.getMessage(), e);
    }
}
