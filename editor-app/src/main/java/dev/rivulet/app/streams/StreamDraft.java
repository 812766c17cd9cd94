package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import java.util.List;

/**
 * What the stream form holds before it is saved: the values of a new or edited stream and its transport.
 *
 * <p>Usage: {@code model.save(new StreamDraft("prices", "Prices", "", fields, 1, true, 0, new TransportChoice.InProcess()))}
 */
public record StreamDraft(String id, String name, String description, List<FieldDefinition> fields, int partitions,
                          boolean storage, int retentionDays, TransportChoice transport) {
    public StreamDraft {
        fields = List.copyOf(fields);
    }

    /** A draft of an existing stream. */
    public static StreamDraft of(StreamDefinition d, TransportChoice transport) {
        return new StreamDraft(d.id().toString(), d.name(), d.description(), d.fields(), d.partitions(), d.storage(),
            d.retentionDays(), transport);
    }

    /** The definition this draft describes (schema version is the registry's business). */
    public StreamDefinition toDefinition() {
        return StreamDefinition.of(StreamId.parse(id), name).withDescription(description).withFields(fields)
            .withPartitions(partitions).withStorage(storage).withRetentionDays(retentionDays);
    }
}
