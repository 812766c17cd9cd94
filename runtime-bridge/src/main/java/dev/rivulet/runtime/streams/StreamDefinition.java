package dev.rivulet.runtime.streams;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stream as the registry keeps it. {@code schemaVersion} is assigned by the registry: it starts at 1 and grows by
 * one each time an edit changes the fields (older versions stay readable, see {@link StreamRegistry#schema}).
 *
 * <p>Usage: {@code StreamDefinition.of(StreamId.parse("prices"), "Prices").withFields(List.of(price, symbol))}
 *
 * @param id            the stream id
 * @param name          display name
 * @param description   free text, "" when none
 * @param fields        the current field schema, in order (names unique)
 * @param partitions    number of partitions, 1 to {@value #MAX_PARTITIONS}
 * @param storage       true when published messages are kept in the local history
 * @param retentionDays how long history is kept, or 0 for forever
 * @param schemaVersion the version of {@code fields}
 */
public record StreamDefinition(StreamId id, String name, String description, List<FieldDefinition> fields,
                               int partitions, boolean storage, int retentionDays, int schemaVersion) {
    /** Streamr's limit on partitions per stream. */
    public static final int MAX_PARTITIONS = 100;

    public StreamDefinition {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id.toString() : name.trim();
        description = description == null ? "" : description;
        fields = List.copyOf(fields);
        Set<String> seen = new HashSet<>();
        for (FieldDefinition f : fields) {
            if (!seen.add(f.name())) {
                throw new IllegalArgumentException("stream " + id + ": field \"" + f.name() + "\" is listed twice");
            }
        }
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("stream " + id + ": partitions must be 1 to " + MAX_PARTITIONS
                + ", not " + partitions);
        }
        if (retentionDays < 0) {
            throw new IllegalArgumentException("stream " + id + ": retention days must be 0 (forever) or more");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("stream " + id + ": schema version starts at 1");
        }
    }

    /** A new stream with no fields, one partition, storage on and no retention limit. */
    public static StreamDefinition of(StreamId id, String name) {
        return new StreamDefinition(id, name, "", List.of(), 1, true, 0, 1);
    }

    public StreamDefinition withName(String n) {
        return new StreamDefinition(id, n, description, fields, partitions, storage, retentionDays, schemaVersion);
    }

    public StreamDefinition withDescription(String d) {
        return new StreamDefinition(id, name, d, fields, partitions, storage, retentionDays, schemaVersion);
    }

    public StreamDefinition withFields(List<FieldDefinition> f) {
        return new StreamDefinition(id, name, description, f, partitions, storage, retentionDays, schemaVersion);
    }

    public StreamDefinition withPartitions(int p) {
        return new StreamDefinition(id, name, description, fields, p, storage, retentionDays, schemaVersion);
    }

    public StreamDefinition withStorage(boolean s) {
        return new StreamDefinition(id, name, description, fields, partitions, s, retentionDays, schemaVersion);
    }

    public StreamDefinition withRetentionDays(int days) {
        return new StreamDefinition(id, name, description, fields, partitions, storage, days, schemaVersion);
    }

    StreamDefinition withSchemaVersion(int v) {
        return new StreamDefinition(id, name, description, fields, partitions, storage, retentionDays, v);
    }

    /** Index of the field with that name, or -1. */
    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }
}
