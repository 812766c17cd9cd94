package dev.rivulet.modules.utils;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write to File (a Rivulet addition): appends one record per event to a file the user names, as CSV rows or JSON lines
 * ({@code {"timestamp": ..., "<input name>": value, ...}}), with the current value of every connected input. The file
 * is opened at the first record; "overwrite" empties it then, "append" keeps what is there (a CSV header is written
 * only into an empty file). Records are flushed after each one, at most once a second, or only when the run stops.
 *
 * <p>Writing a file acts on the world, so during historical replays nothing is written unless activateInHistoricalMode
 * is set (a one-time notice says so), as with ExportCSV, HTTP, SQL and Email. The file is closed when the run stops;
 * a reset closes it too and the next record opens it again (overwrite empties it again).
 */
public final class FileSink extends ModuleInstance {
    static final String CSV = "csv";
    static final String JSON_LINES = "jsonl";
    static final String APPEND = "append";
    static final String OVERWRITE = "overwrite";
    static final String FLUSH_EVERY = "every record";
    static final String FLUSH_SECOND = "every second";
    static final String FLUSH_STOP = "at stop";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariadicGroup ins = variadicInputs("in", DataType.OBJECT, 1);
    private final Parameter path = stringParam("path", "")
        .help("The file to write, e.g. /home/me/out/prices.csv; missing folders are created.");
    private final Parameter format = stringParam("format", CSV).choices("CSV", CSV, "JSON lines", JSON_LINES)
        .help("CSV: one row per event, with a header row of the inputs' names. JSON lines: one JSON object per line.");
    private final Parameter mode = stringParam("mode", APPEND).choices("append", APPEND, "overwrite", OVERWRITE)
        .help("append keeps what the file holds; overwrite empties it when the run writes its first record.");
    private final Parameter flush = stringParam("flush", FLUSH_EVERY)
        .choices(FLUSH_EVERY, FLUSH_EVERY, FLUSH_SECOND, FLUSH_SECOND, FLUSH_STOP, FLUSH_STOP)
        .help("When written records reach the disk: after each one (safest), at most once a second, or when the run"
            + " stops (fastest).");
    private final Output written = doubleOutput("written").help("How many records this run has written so far.");

    private Input[] columns = new Input[0];
    private SinkFile file;
    private long records;

    public FileSink() {
        hasSideEffects();
        option("includeTimestamps", "boolean", true, "Start every record with the time of the event (ISO 8601, UTC).");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : ins.inputs()) {
            in.help("A field of the records; every value arriving here writes a record.");
        }
        String f = format.getString();
        if (!CSV.equals(f) && !JSON_LINES.equals(f)) {
            reportConfigurationProblem("format must be csv or jsonl, not \"" + f + "\"");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        if (path.getString().isBlank()) {
            throw new ModuleException("path: give the file to write, e.g. /tmp/out.csv");
        }
        checkChoice(format, CSV, JSON_LINES);
        checkChoice(mode, APPEND, OVERWRITE);
        checkChoice(flush, FLUSH_EVERY, FLUSH_SECOND, FLUSH_STOP);
        List<Input> connected = new ArrayList<>();
        for (Input in : ins.inputs()) {
            if (in.isConnected()) {
                connected.add(in);
            }
        }
        columns = connected.toArray(new Input[0]);
    }

    private static void checkChoice(Parameter p, String... allowed) {
        String v = p.getString();
        for (String a : allowed) {
            if (a.equals(v)) {
                return;
            }
        }
        throw new ModuleException(p.name() + " must be one of " + String.join(", ", allowed) + ", not \"" + v + "\"");
    }

    @Override
    public void sendOutput() {
        if (!mayActOnTheWorld()) {
            return;
        }
        boolean csv = CSV.equals(format.getString());
        try {
            if (file == null) {
                file = SinkFile.open(path.getString().trim(), OVERWRITE.equals(mode.getString()));
                if (csv && file.wasEmpty()) {
                    file.write(Csv.row(new ArrayList<>(header())));
                }
            }
            file.write(csv ? csvRow() : jsonLine());
            String policy = flush.getString();
            if (FLUSH_EVERY.equals(policy)) {
                file.flush();
            } else if (FLUSH_SECOND.equals(policy)) {
                file.flushIfSecondPassed();
            }
        } catch (IOException e) {
            throw new ModuleException("could not write " + path.getString().trim() + ": " + e.getMessage());
        }
        records++;
        written.send((double) records);
    }

    private List<String> header() {
        List<String> names = new ArrayList<>();
        if (optionBoolean("includeTimestamps")) {
            names.add("timestamp");
        }
        for (Input in : columns) {
            names.add(in.displayName());
        }
        return names;
    }

    private String csvRow() {
        List<Object> row = new ArrayList<>(columns.length + 1);
        if (optionBoolean("includeTimestamps")) {
            row.add(Instant.ofEpochMilli(now()).toString());
        }
        for (Input in : columns) {
            row.add(in.hasValue() ? in.getValue() : null);
        }
        return Csv.row(row);
    }

    private String jsonLine() throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        if (optionBoolean("includeTimestamps")) {
            record.put("timestamp", Instant.ofEpochMilli(now()).toString());
        }
        for (Input in : columns) {
            Object v = in.hasValue() ? in.getValue() : null;
            // whole numbers as 1 rather than 1.0, as Rivulet shows them elsewhere
            record.put(in.displayName(), v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)
                && Math.abs(d) < 1e15 ? (Object) d.longValue() : v);
        }
        return JSON.writeValueAsString(record) + "\n";
    }

    @Override
    public void onStop() {
        close();
    }

    /** Closes the file; the next record opens it again (overwrite empties it again). */
    @Override
    public void clearState() {
        close();
        records = 0;
    }

    private void close() {
        if (file != null) {
            SinkFile f = file;
            file = null;
            try {
                f.close();
            } catch (IOException e) {
                throw new ModuleException("could not finish writing " + path.getString().trim() + ": "
                    + e.getMessage());
            }
        }
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeLong(records);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        records = in.readLong();
    }
}
