package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands end to end, through the real command line, engine and files. */
class HeadlessCommandsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rivulet(String... args) {
        return HeadlessCli.run(tmp.resolve("data"), out, err, args);
    }

    /** prices → MovingAverage(2) → Table(avg, price), plus a Label of the price. */
    private Path canvas() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("prices");
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 2);
        ModuleNode table = b.add("table");
        ModuleNode label = b.add("label");
        b.connect(s, "price", ma, "in").connect(ma, "out", table, "in1").connect(s, "price", table, "in2")
            .connect(s, "price", label, "label");
        CanvasDocument doc = b.build();
        Path file = tmp.resolve("canvas.json");
        new NativeCodec().write(doc, file);
        return file;
    }

    private Path csv(String content) throws Exception {
        Path f = tmp.resolve("prices.csv");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void runReplaysCsvAndWritesOneJsonLinePerSinkValue() throws Exception {
        Path canvas = canvas();
        Path data = csv("timestamp,price\n2024-01-01T00:00:00Z,1\n2024-01-01T00:00:01Z,3\n1704067202000,5\n");
        Path jsonl = tmp.resolve("out.jsonl");
        int code = rivulet("run", canvas.toString(), "--replay", "prices=" + data, "--out", jsonl.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> table = lines.stream().map(l -> read(json, l)).filter(m -> m.get("module").equals("Table"))
            .toList();
        assertThat(table).extracting(m -> (Object) m.get("values")).containsExactly(List.of(1.0, 1.0), List.of(2.0, 3.0),
            List.of(4.0, 5.0));
        assertThat(table.get(0).get("t")).isEqualTo(1704067200000L);
        assertThat(table.get(0)).containsKey("hash");
        assertThat(lines.stream().map(l -> read(json, l)).filter(m -> m.get("module").equals("Label")))
            .extracting(m -> (Object) m.get("values")).containsExactly(List.of(1.0), List.of(3.0), List.of(5.0));
    }

    @Test
    void runWithoutOutWritesToStdoutAndHonoursFromTo() throws Exception {
        Path canvas = canvas();
        Path data = csv("timestamp,price\n1000,1\n2000,3\n3000,5\n4000,7\n");
        int code = rivulet("run", canvas.toString(), "--replay", "prices=" + data, "--from", "2000", "--to",
            "1970-01-01T00:00:03Z", "--speed", "full");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.contains("\"Table\""))).hasSize(2);
    }

    @Test
    void badCsvRowIsOneClearLineNamingFileAndLine() throws Exception {
        Path canvas = canvas();
        Path data = csv("timestamp,price\n1000,1\n2000,lots\n");
        int code = rivulet("run", canvas.toString(), "--replay", "prices=" + data);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("prices.csv:3").contains("lots").doesNotContain("Exception");
    }

    @Test
    void unknownStreamInReplayIsRefused() throws Exception {
        Path canvas = canvas();
        Path data = csv("timestamp,price\n1000,1\n");
        int code = rivulet("run", canvas.toString(), "--replay", "volumes=" + data);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown stream \"volumes\"").contains("prices");
    }

    @Test
    void missingAndMalformedCanvasFilesAreClearErrors() throws Exception {
        int missing = rivulet("run", tmp.resolve("nope.json").toString());
        assertThat(missing).isEqualTo(1);
        assertThat(err.toString()).contains("nope.json").doesNotContain("Exception");
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1,\n \"modules\": [\n");
        int malformed = rivulet("run", broken.toString());
        assertThat(malformed).isEqualTo(1);
        assertThat(err.toString()).contains("broken.json").containsPattern("line[: ]+\\d");
    }

    @Test
    void missingReplayFileIsAClearError() throws Exception {
        Path canvas = canvas();
        int code = rivulet("run", canvas.toString(), "--replay", "prices=" + tmp.resolve("gone.csv"));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("gone.csv").doesNotContain("Exception");
    }

    @Test
    void badSpeedAndTimesAreUsageErrors() throws Exception {
        Path canvas = canvas();
        assertThat(rivulet("run", canvas.toString(), "--speed", "fast")).isEqualTo(2);
        assertThat(err.toString()).contains("speed");
        assertThat(rivulet("run", canvas.toString(), "--from", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("yesterday");
    }

    @Test
    void convertStreamrCanvasToNativeAndBack() throws Exception {
        Path streamr = Path.of(System.getProperty("user.dir")).resolve("../../shared/reference/streamr-canvases/"
            + "run-canvas-spec-Canvas.json").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(streamr), "corpus not found at " + streamr);
        Path nat = tmp.resolve("native.json");
        Path back = tmp.resolve("back.json");
        assertThat(rivulet("convert", streamr.toString(), nat.toString(), "--format", "native")).as(err.toString())
            .isZero();
        assertThat(Files.readString(nat)).contains("\"schemaVersion\"");
        assertThat(rivulet("convert", nat.toString(), back.toString(), "--format", "streamr")).as(err.toString())
            .isZero();
        ObjectMapper json = new ObjectMapper();
        Map<?, ?> original = json.readValue(streamr.toFile(), Map.class);
        Map<?, ?> roundTrip = json.readValue(back.toFile(), Map.class);
        assertThat(((List<?>) roundTrip.get("modules"))).hasSameSizeAs((List<?>) original.get("modules"));
        assertThat(out.toString()).contains("modules");
    }

    @Test
    void modulesJsonListsEveryTypeWithPorts() throws Exception {
        assertThat(rivulet("modules", "--json")).isZero();
        List<?> list = new ObjectMapper().readValue(out.toString(), List.class);
        assertThat(list).hasSizeGreaterThanOrEqualTo(35);
        Map<?, ?> add = list.stream().map(o -> (Map<?, ?>) o).filter(m -> m.get("id").equals("add")).findFirst()
            .orElseThrow();
        assertThat(add.get("streamrId")).isEqualTo(520);
        assertThat(add.get("category")).isEqualTo("Time Series/Simple Math");
        assertThat((List<?>) add.get("inputs")).isNotEmpty();
        assertThat((List<?>) add.get("outputs")).isNotEmpty();
    }

    /**
     * sub.json ("doubler"): A (exported) × 2 → exported A*B, also shown on a Table inside; top.json: prices →
     * Canvas module embedding "doubler" by id → Table. Both files in the same folder.
     */
    private Path canvasWithSubCanvas() throws Exception {
        CanvasBuilder sb = new CanvasBuilder(REGISTRY).name("doubler");
        ModuleNode two = sb.add("constant");
        sb.param(two, "constant", 2);
        ModuleNode mul = sb.add("multiply");
        ModuleNode innerTable = sb.add("table");
        sb.connect(two, "out", mul, "B").connect(mul, "A*B", innerTable, "in1");
        mul.input("A").orElseThrow().export = true;
        mul.output("A*B").orElseThrow().export = true;
        CanvasDocument sub = sb.build();
        sub.id = "doubler-id";
        new NativeCodec().write(sub, tmp.resolve("sub.json"));

        CanvasBuilder b = new CanvasBuilder(REGISTRY.withCanvasResolver(dev.rivulet.core.CanvasResolver.of(sub)))
            .name("top");
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode embedded = b.add("canvas");
        b.param(embedded, "canvas", "doubler-id");
        ModuleNode table = b.add("table");
        b.connect(s, "price", embedded, "A").connect(embedded, "A*B", table, "in1");
        Path file = tmp.resolve("top.json");
        new NativeCodec().write(b.build(), file);
        return file;
    }

    @Test
    void runAndValidateFindSubCanvasesInTheCanvasFilesFolder() throws Exception {
        Path top = canvasWithSubCanvas();
        Path data = csv("timestamp,price\n1000,1\n2000,3\n");

        assertThat(rivulet("validate", top.toString())).as(out.toString()).isZero();
        int code = rivulet("run", top.toString(), "--replay", "prices=" + data);

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("warning");
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> lines = out.toString().lines().filter(l -> l.startsWith("{")).map(l -> read(json, l))
            .toList();
        assertThat(lines).filteredOn(m -> !m.containsKey("path")).extracting(m -> (Object) m.get("values"))
            .containsExactly(List.of(2.0), List.of(6.0));
        // the Table inside the sub-canvas: module 3 of the canvas embedded by module 2
        assertThat(lines).filteredOn(m -> "2/3".equals(m.get("path"))).extracting(m -> (Object) m.get("values"))
            .containsExactly(List.of(2.0), List.of(6.0));
    }

    @Test
    void aSubCanvasMissingFromTheFolderIsReportedByValidate() throws Exception {
        Path top = canvasWithSubCanvas();
        Files.delete(tmp.resolve("sub.json"));

        assertThat(rivulet("validate", top.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("canvas \"doubler-id\" not found");
    }

    @Test
    void realtimeRunTicksUntilItsDurationAndStopsCleanly() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("clock");
        ModuleNode clock = b.add("clock");
        ModuleNode table = b.add("table");
        b.connect(clock, "timestamp", table, "in1");
        Path file = tmp.resolve("clock.json");
        new NativeCodec().write(b.build(), file);
        Path jsonl = tmp.resolve("ticks.jsonl");

        int code = rivulet("run", file.toString(), "--realtime", "--duration", "3s", "--out", jsonl.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        assertThat(read(new ObjectMapper(), lines.get(0))).containsEntry("module", "Table");
        assertThat(err.toString()).contains("realtime run stopped");
    }

    @Test
    void realtimeRunWithDemoDataReceivesTheDemoStreamsLiveMessages() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY).name("fleet");
        ModuleNode fleet = b.stream("demo/ev-fleet", "car:string", "battery:number");
        ModuleNode table = b.add("table");
        b.connect(fleet, "car", table, "in1");
        b.connect(fleet, "battery", table, "in2");
        Path file = tmp.resolve("fleet.json");
        new NativeCodec().write(b.build(), file);
        Path jsonl = tmp.resolve("fleet.jsonl");

        int code = rivulet("run", file.toString(), "--realtime", "--demo-data", "--duration", "3s", "--out",
            jsonl.toString());

        assertThat(code).as(err.toString()).isZero();
        List<Map<String, Object>> rows = Files.readAllLines(jsonl).stream()
            .map(line -> read(new ObjectMapper(), line)).toList();
        // the fleet's cars report every second, so a 3 s run sees live rows (not history: realtime runs replay none)
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            List<?> values = (List<?>) r.get("values");
            assertThat(values.get(0).toString()).startsWith("car-");
            assertThat(((Number) values.get(1)).doubleValue()).isBetween(0.0, 100.0);
            assertThat(((Number) r.get("t")).longValue()).isGreaterThan(System.currentTimeMillis() - 60_000);
        });
    }

    @Test
    void realtimeRefusesReplayOptionsAndBadDurations() throws Exception {
        Path canvas = canvas();
        Path data = csv("timestamp,price\n1000,1\n");
        assertThat(rivulet("run", canvas.toString(), "--realtime", "--replay", "prices=" + data)).isEqualTo(2);
        assertThat(err.toString()).contains("--replay");
        assertThat(rivulet("run", canvas.toString(), "--realtime", "--duration", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("duration \"soon\"");
        assertThat(rivulet("run", canvas.toString(), "--duration", "5s")).isEqualTo(2);
        assertThat(err.toString()).contains("--realtime");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(ObjectMapper json, String line) {
        try {
            return json.readValue(line, Map.class);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
