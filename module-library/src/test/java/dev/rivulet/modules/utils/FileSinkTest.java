package dev.rivulet.modules.utils;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSinkTest {
    private final List<String> failures = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @TempDir
    Path dir;

    private static MemoryCursor trades() {
        return new MemoryCursor().add(1000, "AAPL", 1.5).add(2000, "MSFT, Inc", 2.0);
    }

    /** Stream trades(sym, price) → Write to File (in1 = sym shown as "symbol", in2 = price shown as "price"). */
    private CanvasDocument canvas(Path file, String format, String mode, String flush) {
        CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
        ModuleNode s = b.stream("trades", "sym:String", "price:Double");
        ModuleNode sink = b.add("file-sink");
        b.param(sink, "path", file.toString()).param(sink, "format", format).param(sink, "mode", mode)
            .param(sink, "flush", flush);
        b.connect(s, "sym", sink, "in1").connect(s, "price", sink, "in2");
        sink.input("in1").orElseThrow().displayName = "symbol";
        sink.input("in2").orElseThrow().displayName = "price";
        return b.build();
    }

    /** Runs in realtime mode (the module-library test kit is historical only); returns the runtime, stopped. */
    private CanvasRuntime runRealtime(CanvasDocument doc, MemoryCursor events) {
        RunContext ctx = new RunContext(RunMode.REALTIME, null, new RunListener() {
            @Override
            public void moduleFailed(ModuleInstance module, String message) {
                failures.add(message);
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        CanvasRuntime rt = CanvasRuntime.build(doc, CanvasRun.REGISTRY, ctx);
        new ReplayLoop(rt).source(rt.streamSources().get(0), events).run(Long.MIN_VALUE, Long.MAX_VALUE, 0,
            () -> false);
        rt.stop();
        return rt;
    }

    @Test
    void writesCsvRowsWithAHeaderAndQuotesFieldsWithCommas() throws Exception {
        Path file = dir.resolve("out/trades.csv");
        runRealtime(canvas(file, "csv", "append", "every record"), trades());

        assertThat(failures).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("timestamp,symbol,price\r\n"
            + "1970-01-01T00:00:01Z,AAPL,1.5\r\n"
            + "1970-01-01T00:00:02Z,\"MSFT, Inc\",2\r\n");
    }

    @Test
    void appendKeepsEarlierRecordsAndWritesNoSecondHeader() throws Exception {
        Path file = dir.resolve("trades.csv");
        CanvasDocument doc = canvas(file, "csv", "append", "at stop");
        runRealtime(doc, trades());
        runRealtime(doc, trades());

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(5);
        assertThat(lines).filteredOn(l -> l.startsWith("timestamp")).hasSize(1);
    }

    @Test
    void overwriteStartsTheFileAfresh() throws Exception {
        Path file = dir.resolve("trades.jsonl");
        Files.writeString(file, "old content\n");
        runRealtime(canvas(file, "jsonl", "overwrite", "every second"), trades());

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue(lines.get(0), Map.class))
            .containsExactly(Map.entry("timestamp", "1970-01-01T00:00:01Z"), Map.entry("symbol", "AAPL"),
                Map.entry("price", 1.5));
        assertThat(json.readValue(lines.get(1), Map.class)).containsEntry("price", 2);
    }

    @Test
    void writtenCountsTheRecords() {
        Path file = dir.resolve("n.csv");
        CanvasDocument doc = canvas(file, "csv", "append", "every record");
        CanvasRuntime rt = runRealtime(doc, trades());
        ModuleInstance sink = rt.modules().get(1);
        assertThat(sink.output("written").lastValue()).isEqualTo(2.0);
    }

    @Test
    void historicalReplaysWriteNothingUnlessAskedAndSayWhyOnce() throws Exception {
        Path file = dir.resolve("replay.csv");
        CanvasRun run = new CanvasRun(canvas(file, "csv", "append", "every record")).replay("trades", trades()).run();

        assertThat(Files.exists(file)).isFalse();
        assertThat(run.notices()).hasSize(1);
        assertThat(run.notices().get(0)).contains("suppressed in historical mode").contains("activateInHistoricalMode");

        CanvasBuilder again = new CanvasBuilder(CanvasRun.REGISTRY);
        ModuleNode s = again.stream("trades", "sym:String", "price:Double");
        ModuleNode sink = again.add("file-sink");
        again.param(sink, "path", file.toString()).option(sink, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        again.connect(s, "price", sink, "in1");
        CanvasRun active = new CanvasRun(again.build()).replay("trades", trades()).run();
        active.runtime().stop();
        assertThat(Files.readAllLines(file)).containsExactly("timestamp,in1", "1970-01-01T00:00:01Z,1.5",
            "1970-01-01T00:00:02Z,2");
    }

    @Test
    void aMissingPathOrAPathThatIsAFolderIsAClearError() {
        runRealtime(canvas(Path.of(""), "csv", "append", "every record"), trades());
        assertThat(failures).anyMatch(f -> f.contains("path: give the file to write"));
        failures.clear();

        runRealtime(canvas(dir, "csv", "append", "every record"), trades());
        assertThat(failures).anyMatch(f -> f.contains("could not write") && f.contains("folder"));
    }
}
