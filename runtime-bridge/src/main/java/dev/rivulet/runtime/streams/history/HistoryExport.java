package dev.rivulet.runtime.streams.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a stream's history in (timestamp, sequence) order as JSON lines (everything: message id, content, signature;
 * {@link HistoryImport} reads it back exactly) or as CSV (a {@code timestamp} column in ISO-8601, a {@code partition}
 * column when the stream has several, then the current schema's fields; the format {@code rivulet run --replay}
 * reads).
 *
 * <p>Usage: {@code long n = new HistoryExport(store).jsonLines(id, Long.MIN_VALUE, Long.MAX_VALUE, writer);}
 */
public final class HistoryExport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HistoryStore store;

    public HistoryExport(HistoryStore store) {
        this.store = store;
    }

    /** Writes one JSON object per line; returns the number of messages. */
    public long jsonLines(StreamId id, long from, long to, Writer out) {
        long[] n = {0};
        try (JsonGenerator g = new JsonFactory(JSON).createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // lines are separated by the newline alone (Jackson puts a space between root values by default)
            g.setRootValueSeparator(null);
            store.forEach(id, from, to, m -> {
                try {
                    write(g, m);
                    g.writeRaw('\n');
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StreamException("cannot export " + id + ": " + e.getMessage(), e);
        }
        return n[0];
    }

    private static void write(JsonGenerator g, StreamMessage m) throws IOException {
        g.writeStartObject();
        g.writeStringField("streamId", m.streamId().toString());
        g.writeNumberField("partition", m.partition());
        g.writeNumberField("timestamp", m.timestamp());
        g.writeNumberField("sequence", m.sequence());
        g.writeStringField("publisherId", m.publisherId());
        g.writeStringField("chainId", m.chainId());
        g.writeFieldName("content");
        g.writeObject(m.content());
        if (m.signature() != null) {
            g.writeObjectFieldStart("signature");
            g.writeStringField("type", m.signature().type());
            g.writeStringField("value", m.signature().value());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Writes a header row and one row per message; returns the number of messages. */
    public long csv(StreamId id, long from, long to, Writer out) {
        StreamDefinition def = store.registry().get(id);
        List<String> header = new ArrayList<>();
        header.add("timestamp");
        boolean partitioned = def.partitions() > 1;
        if (partitioned) {
            header.add("partition");
        }
        for (FieldDefinition f : def.fields()) {
            header.add(f.name());
        }
        long[] n = {0};
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            csv.printRecord(header);
            List<Object> row = new ArrayList<>(header.size());
            store.forEach(id, from, to, m -> {
                row.clear();
                row.add(Instant.ofEpochMilli(m.timestamp()).toString());
                if (partitioned) {
                    row.add(m.partition());
                }
                for (FieldDefinition f : def.fields()) {
                    row.add(cell(m.content().get(f.name())));
                }
                try {
                    csv.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            });
            csv.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new StreamException("cannot export " + id + ": " + e.getMessage(), e);
        }
        return n[0];
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.valueOf(v);
    }
}
