package dev.rivulet.runtime.streams.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.replay.TimeParser;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a stream's history from CSV or JSON lines into the store. The whole file is checked first and nothing is
 * stored when a row is bad (the error names file, line and column). Rows without their own message id are published
 * as {@code import} on the chain {@code import:<file name>}, numbered per timestamp, so importing the same file
 * twice adds nothing the second time.
 * <ul>
 *   <li>CSV: a header row with a {@code timestamp} column (epoch ms or ISO-8601), optionally {@code partition}, and
 *       field columns typed by the stream's schema (columns outside it are kept as text); empty cells are absent.</li>
 *   <li>JSON lines: either what {@link HistoryExport} writes (objects with {@code content}, message id kept) or plain
 *       content objects with a {@code timestamp} key.</li>
 * </ul>
 *
 * <p>Usage: {@code HistoryImport.Result r = new HistoryImport(store).csv(id, Path.of("prices.csv"));}
 */
public final class HistoryImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 10_000;
    private final HistoryStore store;

    /**
     * @param read  rows read
     * @param added messages stored (fewer than read when some were already stored)
     */
    public record Result(long read, long added) {
    }

    public HistoryImport(HistoryStore store) {
        this.store = store;
    }

    public Result csv(StreamId id, Path file) {
        StreamDefinition def = store.registry().get(id);
        csvRows(def, file, m -> { });
        return store(file, sink -> csvRows(def, file, sink));
    }

    public Result jsonLines(StreamId id, Path file) {
        StreamDefinition def = store.registry().get(id);
        jsonRows(def, file, m -> { });
        return store(file, sink -> jsonRows(def, file, sink));
    }

    private Result store(Path file, Consumer<Consumer<StreamMessage>> rows) {
        List<StreamMessage> batch = new ArrayList<>(BATCH);
        long[] counts = new long[2];
        try (BatchWriter w = store.batchWriter()) {
            rows.accept(m -> {
                batch.add(m);
                counts[0]++;
                if (batch.size() == BATCH) {
                    counts[1] += w.append(batch);
                    batch.clear();
                }
            });
            counts[1] += w.append(batch);
        }
        return new Result(counts[0], counts[1]);
    }

    private void csvRows(StreamDefinition def, Path file, Consumer<StreamMessage> sink) {
        Numbering numbering = new Numbering(def.id(), file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                 .parse(reader)) {
            List<String> header = new ArrayList<>();
            parser.getHeaderNames().forEach(h -> header.add(h.replace("\uFEFF", "").trim()));
            int tsCol = header.indexOf("timestamp");
            if (tsCol < 0) {
                throw new StreamException(file + ":1: no \"timestamp\" column in the header " + header);
            }
            int partCol = def.fieldIndex("partition") < 0 ? header.indexOf("partition") : -1;
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new StreamException(file + ":" + line + ": expected " + header.size() + " columns but found "
                        + rec.size());
                }
                Map<String, Object> content = new LinkedHashMap<>();
                String column = "timestamp";
                try {
                    long ts = TimeParser.parse(rec.get(tsCol));
                    int partition = 0;
                    if (partCol >= 0) {
                        column = "partition";
                        partition = partition(def, Integer.parseInt(rec.get(partCol)));
                    }
                    for (int c = 0; c < header.size(); c++) {
                        String cell = rec.get(c);
                        if (c == tsCol || c == partCol || cell.isEmpty()) {
                            continue;
                        }
                        column = header.get(c);
                        int f = def.fieldIndex(column);
                        content.put(column, f < 0 ? cell : FieldValues.parse(cell, def.fields().get(f)));
                    }
                    sink.accept(numbering.next(partition, ts, line, content));
                } catch (IllegalArgumentException e) {
                    throw new StreamException(file + ":" + line + ": column \"" + column + "\": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new StreamException(file + ": file not found");
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new StreamException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void jsonRows(StreamDefinition def, Path file, Consumer<StreamMessage> sink) {
        Numbering numbering = new Numbering(def.id(), file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node == null || !node.isObject()) {
                        throw new IllegalArgumentException("not a JSON object");
                    }
                    sink.accept(node.path("content").isObject()
                        ? full(def, node) : plain(def, node, numbering, line));
                } catch (IOException | IllegalArgumentException e) {
                    String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                        ? j.getOriginalMessage() : e.getMessage();
                    throw new StreamException(file + ":" + line + ": " + why);
                }
            }
        } catch (NoSuchFileException e) {
            throw new StreamException(file + ": file not found");
        } catch (IOException e) {
            throw new StreamException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static StreamMessage full(StreamDefinition def, JsonNode n) {
        JsonNode ts = n.get("timestamp");
        if (ts == null || !ts.canConvertToLong()) {
            throw new IllegalArgumentException("\"timestamp\" must be epoch milliseconds");
        }
        JsonNode sig = n.get("signature");
        return new StreamMessage(def.id(), partition(def, n.path("partition").asInt(0)), ts.asLong(),
            n.path("sequence").asLong(0), n.path("publisherId").asText(""), n.path("chainId").asText(""),
            content(n.get("content")),
            sig != null && sig.isObject() ? new StreamMessage.Signature(sig.path("type").asText(),
                sig.path("value").asText()) : null);
    }

    private static StreamMessage plain(StreamDefinition def, JsonNode n, Numbering numbering, long line) {
        JsonNode ts = n.get("timestamp");
        if (ts == null || ts.isNull()) {
            throw new IllegalArgumentException("no \"timestamp\"");
        }
        long t = ts.isNumber() ? ts.asLong() : TimeParser.parse(ts.asText());
        Map<String, Object> content = content(n);
        content.remove("timestamp");
        return numbering.next(0, t, line, content);
    }

    private static Map<String, Object> content(JsonNode node) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.convertValue(node, LinkedHashMap.class);
        return m;
    }

    private static int partition(StreamDefinition def, int p) {
        if (p < 0 || p >= def.partitions()) {
            throw new IllegalArgumentException("partition " + p + " does not exist (the stream has "
                + def.partitions() + ")");
        }
        return p;
    }

    /**
     * Message ids for imported rows: the sequence counts rows with the same timestamp; a row earlier than the latest
     * timestamp takes its line number instead, which no counter of that timestamp can have reached.
     */
    private static final class Numbering {
        private final StreamId id;
        private final String chain;
        private long lastTs = Long.MIN_VALUE;
        private long lastSeq;

        Numbering(StreamId id, Path file) {
            this.id = id;
            this.chain = "import:" + file.getFileName().toString().toLowerCase(Locale.ROOT);
        }

        StreamMessage next(int partition, long ts, long line, Map<String, Object> content) {
            long seq;
            if (ts > lastTs) {
                lastTs = ts;
                lastSeq = 0;
                seq = 0;
            } else if (ts == lastTs) {
                seq = ++lastSeq;
            } else {
                seq = line;
            }
            return new StreamMessage(id, partition, ts, seq, "import", chain, content, null);
        }
    }
}
