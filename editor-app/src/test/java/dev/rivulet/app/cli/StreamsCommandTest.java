package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rivulet streams ...} and {@code run} from stored history, through the real command line and streams.db. */
class StreamsCommandTest {
    @TempDir
    Path tmp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int rivulet(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HeadlessCli.run(tmp.resolve("data"), out, err, args);
    }

    @Test
    void createImportListExportAndDeleteAStream() throws Exception {
        Path csv = tmp.resolve("prices.csv");
        Files.writeString(csv, "timestamp,price,symbol\n1000,1.5,A\n2000,2,B\n");

        assertThat(rivulet("streams", "create", "prices", "--name", "Prices", "--field", "price:number",
            "--field", "symbol:string", "--retention-days", "30")).as(err.toString()).isZero();
        assertThat(rivulet("streams", "import", "prices", csv.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("imported 2 of 2 message(s) into prices");
        assertThat(rivulet("streams", "list")).isZero();
        assertThat(out.toString()).contains("prices  \"Prices\"  fields [price:number, symbol:string]  partitions 1"
            + "  storage on (30 days)  schema v1  messages 2").contains("1 stream(s)");

        assertThat(rivulet("streams", "export", "prices")).isZero();
        assertThat(out.toString()).isEqualTo("timestamp,price,symbol\n1970-01-01T00:00:01Z,1.5,A\n"
            + "1970-01-01T00:00:02Z,2,B\n");
        Path jsonl = tmp.resolve("out.jsonl");
        assertThat(rivulet("streams", "export", "prices", "--out", jsonl.toString(), "--from", "1500")).isZero();
        assertThat(Files.readAllLines(jsonl)).singleElement().asString().contains("\"content\":{\"price\":2,\"symbol\":\"B\"}");

        assertThat(rivulet("streams", "delete", "prices")).isZero();
        assertThat(rivulet("streams", "list")).isZero();
        assertThat(out.toString()).contains("0 stream(s)");
    }

    @Test
    void badInputGetsOneClearLineAndANonZeroExit() throws Exception {
        assertThat(rivulet("streams", "create", "/bad")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid stream id \"/bad\"");
        assertThat(rivulet("streams", "create", "ok", "--field", "x:complex")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown field type \"complex\"");
        assertThat(rivulet("streams", "import", "nope", tmp.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown stream nope");
        rivulet("streams", "create", "ok", "--field", "x:number");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "timestamp,x\n1,2\n2,two\n");
        assertThat(rivulet("streams", "import", "ok", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv:3: column \"x\": \"two\" is not a number");
        assertThat(rivulet("streams", "create", "ok")).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
    }

    @Test
    void runReplaysAStoredStreamWhenNoFileIsGiven() throws Exception {
        ModuleRegistry registry = ModuleRegistry.load();
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode label = b.add("label");
        b.connect(s, "price", label, "label");
        Path canvas = tmp.resolve("canvas.json");
        new NativeCodec().write(b.build(), canvas);
        Path csv = tmp.resolve("prices.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,2\n3000,3\n");
        rivulet("streams", "create", "prices", "--field", "price:number");
        rivulet("streams", "import", "prices", csv.toString());

        assertThat(rivulet("run", canvas.toString(), "--to", "2000")).as(err.toString()).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("\"values\":[2.0]");
    }

    @Test
    void streamsDemoCreatesTheDemoStreamsWithHistoryAndASecondRunAddsOnlyTheGap() {
        assertThat(rivulet("streams", "demo", "--hours", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("demo/ev-fleet  \"EV fleet", "demo/charging-prices", "demo/weather",
            "message(s) written");
        long first = written();
        assertThat(first).isGreaterThan(36_000);

        assertThat(rivulet("streams", "demo", "--hours", "1")).as(err.toString()).isZero();
        assertThat(written()).isLessThan(1_000);
        assertThat(rivulet("streams", "list", "--search", "demo/")).isZero();
        assertThat(out.toString()).contains("3 stream(s)");
    }

    @Test
    void runWithDemoDataReplaysADemoStreamOffline() throws Exception {
        ModuleRegistry registry = ModuleRegistry.load();
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode s = b.stream("demo/weather", "temperature:Double");
        ModuleNode label = b.add("label");
        b.connect(s, "temperature", label, "label");
        Path canvas = tmp.resolve("weather.json");
        new NativeCodec().write(b.build(), canvas);
        long now = System.currentTimeMillis();

        assertThat(rivulet("run", canvas.toString(), "--demo-data", "--speed", "full",
            "--from", Long.toString(now - 3 * 3_600_000L), "--to", Long.toString(now - 2 * 3_600_000L)))
            .as(err.toString()).isZero();

        // five cities every ten minutes for an hour
        assertThat(out.toString().lines().filter(l -> l.contains("\"values\"")).count()).isBetween(25L, 35L);
    }

    private long written() {
        String last = out.toString().lines().filter(l -> l.endsWith("message(s) written")).findFirst().orElseThrow();
        return Long.parseLong(last.substring(0, last.indexOf(' ')));
    }
}
