package dev.rivulet.modules.utils;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCSVTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
    private final List<UiMessage> published = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @TempDir
    Path dir;

    /** A canvas exporting a stream's sym and price fields; sym's column is renamed "symbol". */
    private ModuleNode csvOf(ModuleNode s) {
        ModuleNode csv = b.add("export-csv");
        b.param(csv, "directory", dir.toString());
        b.connect(s, "sym", csv, "in1").connect(s, "price", csv, "in2");
        csv.input("in1").orElseThrow().displayName = "symbol";
        return csv;
    }

    /** Runs the canvas in realtime mode, which the test kit (always historical) cannot do. */
    private void runRealtime(CanvasDocument doc, MemoryCursor events) {
        RunContext ctx = new RunContext(RunMode.REALTIME, (m, msg) -> published.add(msg), new RunListener() {
            @Override
            public void moduleFailed(ModuleInstance module, String message) {
                failures.add(message);
            }
        });
        CanvasRuntime rt = CanvasRuntime.build(doc, CanvasRun.REGISTRY, ctx);
        new ReplayLoop(rt).source(rt.streamSources().get(0), events).run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    private List<String> onlyFileLines() throws IOException {
        assertThat(files()).hasSize(1);
        Path f = files().get(0);
        assertThat(f.getFileName().toString()).matches("rivulet_csv_\\d+_\\d+\\.csv");
        String text = Files.readString(f);
        assertThat(text).endsWith("\r\n");
        return List.of(text.split("\r\n"));
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("export-csv", 571, "ExportCSV", "Utils");
    }

    @Test
    void writesHeaderAndOneRowPerEventInRealtime() throws IOException {
        ModuleNode s = b.stream("s", "sym:String", "price:Double");
        csvOf(s);
        runRealtime(b.build(), new MemoryCursor().add(1000, "AAPL", 1.5).add(2000, null, 2)
            .add(62_000, "say \"hi\", ok", 3.25));
        // at 2000 sym did not arrive: its current value is written again; quotes and commas are quoted (RFC 4180)
        assertThat(onlyFileLines()).containsExactly(
            "timestamp,symbol,in2",
            "1970-01-01T00:00:01.000Z,AAPL,1.5",
            "1970-01-01T00:00:02.000Z,AAPL,2",
            "1970-01-01T00:01:02.000Z,\"say \"\"hi\"\", ok\",3.25");
        assertThat(failures).isEmpty();
        assertThat(published).allSatisfy(m -> assertThat(((UiMessage.Generic) m).type()).isEqualTo("csvUpdate"))
            .extracting(m -> ((UiMessage.Generic) m).body().get("rows")).containsExactly(1L, 2L, 3L);
        assertThat(((UiMessage.Generic) published.get(0)).body().get("file")).isEqualTo(files().get(0).toString());
    }

    @Test
    void localTimeFormatUsesTheTimezoneParameterAndEpochFormatWritesMillis() throws IOException {
        ModuleNode s = b.stream("s", "sym:String", "price:Double");
        ModuleNode csv = csvOf(s);
        b.param(csv, "timezone", "Europe/Helsinki").option(csv, "timeFormat", "ISO_8601_LOCAL")
            .option(csv, "writeHeader", false);
        // 2021-01-01 and 2021-07-01 at midnight UTC: winter (+02:00) and summer time (+03:00) in Helsinki
        runRealtime(b.build(), new MemoryCursor().add(1_609_459_200_000L, "A", 1).add(1_625_097_600_000L, "B", 2));
        assertThat(onlyFileLines()).containsExactly("2021-01-01T02:00:00.000+0200,A,1",
            "2021-07-01T03:00:00.000+0300,B,2");

        Files.delete(files().get(0));
        b.option(csv, "timeFormat", "MILLISECONDS_SINCE_EPOCH").option(csv, "includeTimestamps", false);
        runRealtime(b.build(), new MemoryCursor().add(1000, "A", 1));
        assertThat(onlyFileLines()).containsExactly("A,1");
    }

    @Test
    void writesNothingInHistoricalModeUnlessAskedTo() throws IOException {
        ModuleNode s = b.stream("s", "sym:String", "price:Double");
        ModuleNode csv = csvOf(s);
        MemoryCursor events = new MemoryCursor().add(1000, "A", 1).add(2000, "B", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", events).run();
        assertThat(files()).isEmpty();
        assertThat(run.messages(csv)).isEmpty();
        assertThat(run.notices()).singleElement().asString().contains("suppressed in historical mode");

        b.option(csv, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "A", 1).add(2000, "B", 2)).run();
        assertThat(onlyFileLines()).containsExactly("timestamp,symbol,in2", "1970-01-01T00:00:01.000Z,A,1",
            "1970-01-01T00:00:02.000Z,B,2");
    }

    @Test
    void unknownTimezoneOrTimeFormatIsReportedAndNothingIsWritten() throws IOException {
        ModuleNode s = b.stream("s", "sym:String", "price:Double");
        ModuleNode csv = csvOf(s);
        b.param(csv, "timezone", "Mars/Olympus").option(csv, "timeFormat", "ISO_8601_LOCAL");
        runRealtime(b.build(), new MemoryCursor().add(1000, "A", 1));
        b.param(csv, "timezone", "UTC").option(csv, "timeFormat", "julian");
        runRealtime(b.build(), new MemoryCursor().add(1000, "A", 1));
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).contains("\"Mars/Olympus\" is not a known time zone");
        assertThat(failures.get(1)).contains("timeFormat must be", "\"julian\"");
        assertThat(files()).isEmpty();
    }
}
