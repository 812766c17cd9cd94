package dev.rivulet.runtime.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.DataType;
import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.StreamRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Replays a CSV file as a stream: a header row of field names, a {@code timestamp} column (epoch millis or
 * ISO-8601), other columns typed by the stream's fields. Rows are played in timestamp order (stable for ties, so file
 * order breaks them). Bad input fails with the file, line and column in the message.
 *
 * <p>Usage: {@code RecordCursor c = CsvRecordCursor.open(path, module.fieldNames(), module.fieldTypes());}
 */
public final class CsvRecordCursor implements RecordCursor, StreamRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long[] times;
    private final long[] lines;
    private final double[][] doubles;
    private final Object[][] objects;
    private final int[] order;
    private final List<String> warnings;
    private int pos = -1;
    private int row;

    private CsvRecordCursor(long[] times, long[] lines, double[][] doubles, Object[][] objects, List<String> warnings) {
        this.times = times;
        this.lines = lines;
        this.doubles = doubles;
        this.objects = objects;
        this.warnings = warnings;
        Integer[] idx = new Integer[times.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Long.compare(times[a], times[b]));
        order = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            order[i] = idx[i];
        }
    }

    /** Reads and checks the whole file. */
    public static CsvRecordCursor open(Path file, List<String> fieldNames, List<DataType> fieldTypes) {
        String where = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                 .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(reader)) {
            List<String> header = new ArrayList<>();
            for (String h : parser.getHeaderNames()) {
                header.add(h.replace("\uFEFF", "").trim());
            }
            int tsColumn = -1;
            Map<String, Integer> columnOf = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c);
                if (h.toLowerCase(Locale.ROOT).equals("timestamp")) {
                    tsColumn = c;
                } else {
                    columnOf.put(h, c);
                }
            }
            if (tsColumn < 0) {
                throw new ReplayException(where + ":1: no \"timestamp\" column in the header " + header);
            }
            List<String> warnings = new ArrayList<>();
            int fields = fieldNames.size();
            int[] column = new int[fields];
            for (int f = 0; f < fields; f++) {
                Integer c = columnOf.get(fieldNames.get(f));
                column[f] = c == null ? -1 : c;
                if (c == null) {
                    warnings.add(where + ": no column for field \"" + fieldNames.get(f) + "\"; it will never have values");
                }
            }
            List<long[]> meta = new ArrayList<>();
            List<double[]> dbl = new ArrayList<>();
            List<Object[]> obj = new ArrayList<>();
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new ReplayException(where + ":" + line + ": expected " + header.size() + " columns but found "
                        + rec.size());
                }
                long ts;
                try {
                    ts = TimeParser.parse(rec.get(tsColumn));
                } catch (IllegalArgumentException e) {
                    throw new ReplayException(where + ":" + line + ": column \"timestamp\": " + e.getMessage());
                }
                double[] d = new double[fields];
                Object[] o = new Object[fields];
                for (int f = 0; f < fields; f++) {
                    if (column[f] < 0) {
                        continue;
                    }
                    String cell = rec.get(column[f]);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    try {
                        convert(cell, fieldTypes.get(f), f, d, o);
                    } catch (IllegalArgumentException | IOException e) {
                        throw new ReplayException(where + ":" + line + ": column \"" + fieldNames.get(f) + "\": "
                            + e.getMessage());
                    }
                }
                meta.add(new long[] {ts, line});
                dbl.add(d);
                obj.add(o);
            }
            long[] times = new long[meta.size()];
            long[] lines = new long[meta.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = meta.get(i)[0];
                lines[i] = meta.get(i)[1];
            }
            return new CsvRecordCursor(times, lines, dbl.toArray(new double[0][]), obj.toArray(new Object[0][]),
                warnings);
        } catch (NoSuchFileException e) {
            throw new ReplayException(where + ": file not found");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ReplayException(where + ": cannot read: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ReplayException(where + ": malformed CSV: " + e.getMessage());
        }
    }

    private static final Object DOUBLE_MARK = new Object();

    private static void convert(String cell, DataType type, int f, double[] d, Object[] o) throws IOException {
        switch (type) {
            case DOUBLE -> {
                try {
                    d[f] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a number");
                }
                o[f] = DOUBLE_MARK;
            }
            case BOOLEAN -> {
                String s = cell.toLowerCase(Locale.ROOT);
                if (!s.equals("true") && !s.equals("false")) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not true or false");
                }
                o[f] = Boolean.valueOf(s);
            }
            case MAP, LIST -> {
                Object v = JSON.readValue(cell, Object.class);
                if (type == DataType.MAP && !(v instanceof Map)) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a JSON object");
                }
                if (type == DataType.LIST && !(v instanceof List)) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a JSON array");
                }
                o[f] = v;
            }
            default -> o[f] = cell;
        }
    }

    /** Non-fatal findings (fields with no column). */
    public List<String> warnings() {
        return warnings;
    }

    public int size() {
        return times.length;
    }

    @Override
    public boolean next() {
        if (pos + 1 >= order.length) {
            return false;
        }
        row = order[++pos];
        return true;
    }

    @Override
    public long timestamp() {
        return times[row];
    }

    @Override
    public long sequence() {
        return lines[row];
    }

    @Override
    public StreamRecord record() {
        return this;
    }

    @Override
    public boolean has(int field) {
        return objects[row][field] != null;
    }

    @Override
    public boolean isDouble(int field) {
        return objects[row][field] == DOUBLE_MARK;
    }

    @Override
    public double getDouble(int field) {
        return doubles[row][field];
    }

    @Override
    public Object get(int field) {
        Object v = objects[row][field];
        return v == DOUBLE_MARK ? Double.valueOf(doubles[row][field]) : v;
    }
}
