package dev.rivulet.modules.utils;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's ExportCSV: writes one CSV row per activation, with the current value of every connected input and, first,
 * the engine time. The file ({@code rivulet_csv_<hash>_<epoch millis>.csv}) is created in the chosen directory when
 * the first row arrives, with a header row of the inputs' display names; the module publishes a {@code csvUpdate}
 * widget message ({@code {type, file, rows, kilobytes}}) when the file is created and then at most once per second of
 * engine time.
 *
 * <p>Writing a file acts on the world, so in historical runs nothing is written unless activateInHistoricalMode is
 * set (Streamr's ExportCSV wrote in every mode; Rivulet treats every file export as a side effect). Rows are flushed
 * as they are written, because the engine has no end-of-run hook at which to flush. Text follows RFC 4180: fields
 * holding commas, quotes or line breaks are quoted; numbers are written as Rivulet shows them (1, not 1.0).
 */
public final class ExportCSV extends ModuleInstance {
    static final String MESSAGE_TYPE = "csvUpdate";
    private static final long UPDATE_INTERVAL_MILLIS = 1000;

    private final VariadicGroup ins = variadicInputs("in", DataType.OBJECT, 1);
    private final Parameter directory = stringParam("directory", "")
        .help("Folder to write the CSV file into; empty means the system's temporary folder. It is created if"
            + " missing.");
    private final Parameter timezone = stringParam("timezone", "UTC")
        .help("Time zone of the timestamp column when timeFormat is ISO 8601 local, e.g. Europe/Helsinki.");

    private Input[] columns = new Input[0];
    private CsvTimeFormat.Formatter timeFormat;
    private String formattedZone;
    private BufferedWriter writer;
    private Path file;
    private long rows;
    private long lastUpdate = Long.MIN_VALUE;

    public ExportCSV() {
        hasSideEffects();
        option("writeHeader", "boolean", true, "Start the file with a row of column names.");
        option("includeTimestamps", "boolean", true, "Start every row with the time of the event.");
        option("timeFormat", "string", CsvTimeFormat.ISO_8601_UTC.name(),
            "How the time column is written: ms since Unix Epoch, ISO 8601 local (in the timezone parameter) or"
                + " ISO 8601 UTC.");
        option("uiResendLast", "int", 1, "Messages resent to a widget that attaches late (the latest file status).");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : ins.inputs()) {
            in.help("A column of the CSV file; every value arriving here writes a row.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        List<Input> connected = new ArrayList<>();
        for (Input in : ins.inputs()) {
            if (in.isConnected()) {
                connected.add(in);
            }
        }
        columns = connected.toArray(new Input[0]);
        setTimeFormat();
    }

    private void setTimeFormat() {
        timeFormat = CsvTimeFormat.parse(option("timeFormat"), timezone.getString());
        formattedZone = timezone.getString();
    }

    @Override
    public void sendOutput() {
        if (!mayActOnTheWorld()) {
            return;
        }
        // compared rather than asking wasTriggered(): a live parameter change does not mark the parameter as fired
        if (!timezone.getString().equals(formattedZone)) {
            setTimeFormat();
        }
        try {
            if (writer == null) {
                open();
            }
            List<Object> row = new ArrayList<>(columns.length + 1);
            if (optionBoolean("includeTimestamps")) {
                row.add(timeFormat.format(now()));
            }
            for (Input in : columns) {
                row.add(in.hasValue() ? in.getValue() : null);
            }
            writer.write(Csv.row(row));
            writer.flush();
        } catch (IOException e) {
            throw new ModuleException("could not write the CSV file " + file + ": " + e.getMessage());
        }
        rows++;
        if (rows == 1 || now() - lastUpdate >= UPDATE_INTERVAL_MILLIS) {
            publishUpdate();
        }
    }

    private void open() throws IOException {
        String dir = directory.getString().trim();
        Path folder = dir.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(dir);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ModuleException("cannot use \"" + folder + "\" as the CSV directory: " + e.getMessage());
        }
        // another file of this module may exist from the same millisecond (a reset): take the next free name
        long stamp = System.currentTimeMillis();
        Path candidate = folder.resolve(fileName(stamp));
        while (Files.exists(candidate)) {
            candidate = folder.resolve(fileName(++stamp));
        }
        file = candidate;
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        rows = 0;
        if (optionBoolean("writeHeader")) {
            List<Object> header = new ArrayList<>();
            if (optionBoolean("includeTimestamps")) {
                header.add("timestamp");
            }
            for (Input in : columns) {
                header.add(in.displayName());
            }
            writer.write(Csv.row(header));
        }
    }

    private String fileName(long stamp) {
        return "rivulet_csv_" + hash() + "_" + stamp + ".csv";
    }

    private void publishUpdate() {
        lastUpdate = now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", MESSAGE_TYPE);
        body.put("file", file.toAbsolutePath().toString());
        body.put("rows", rows);
        body.put("kilobytes", kilobytes());
        context().publish(this, new UiMessage.Generic(now(), MESSAGE_TYPE, body));
    }

    private long kilobytes() {
        try {
            return Files.size(file) / 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file being written, or null before the first row. */
    public Path file() {
        return file;
    }

    /** Closes the file; the next row starts a new one (Streamr: clear starts a new file). */
    @Override
    public void clearState() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // the rows were flushed as they were written; a failing close loses nothing
            }
        }
        writer = null;
        file = null;
        rows = 0;
        lastUpdate = Long.MIN_VALUE;
    }
}
