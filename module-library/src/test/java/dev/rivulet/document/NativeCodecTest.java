package dev.rivulet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NativeCodec codec = new NativeCodec();

    static String golden() throws IOException {
        try (InputStream in = NativeCodecTest.class.getResourceAsStream("/golden/native-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void goldenFileLoadsWithEveryFeature() throws Exception {
        CanvasDocument doc = codec.read(golden(), "native-v1.json");

        assertThat(doc.schemaVersion).isEqualTo(1);
        assertThat(doc.name).isEqualTo("Golden canvas (schema 1)");
        assertThat(doc.settings.mode).isEqualTo("historical");
        assertThat(doc.settings.speed).isEqualTo("100");
        assertThat(doc.settings.serializationEnabled).isTrue();
        assertThat(doc.settings.extra("timeOfDayFilter")).isEqualTo(
            Map.of("timeOfDayStart", "09:00:00", "timeOfDayEnd", "17:30:00"));
        assertThat(doc.modules).extracting(m -> m.type)
            .containsExactly("stream", "pass-through", "moving-average", "table", "streamr:159");

        ModuleNode ma = doc.module(3).orElseThrow();
        assertThat(ma.paramValue("windowLength", null)).isEqualTo(5.0);
        assertThat(ma.input("in").orElseThrow().initialValue).isEqualTo(0.0);
        assertThat(ma.output("out").orElseThrow().noRepeat).isTrue();

        ModuleNode junction = doc.module(-1204392817).orElseThrow();
        assertThat(junction.displayName).isEqualTo("Junction");
        PortNode loop = junction.input("in2").orElseThrow();
        assertThat(loop.displayName).isEqualTo("loop");
        assertThat(loop.variadic.index).isEqualTo(2);
        assertThat(loop.variadic.linkedOutput).isEqualTo("out2");
        assertThat(junction.input("in3").orElseThrow().variadic.isLast).isTrue();
        assertThat(junction.output("out1").orElseThrow().export).isTrue();

        ModuleNode table = doc.module(4).orElseThrow();
        assertThat(table.optionValue("maxRows", null)).isEqualTo(50);
        assertThat(table.options.get("timeFormat").extra("possibleValues")).asList().hasSize(2);

        assertThat(doc.connections).hasSize(4);
        ConnectionNode feedback = doc.connectionInto(-1204392817, "in2").orElseThrow();
        assertThat(feedback.feedback).isTrue();
        assertThat(feedback.from.module).isEqualTo(3);
        assertThat(doc.connectionInto(3, "in").orElseThrow().feedback).isFalse();

        assertThat(doc.ui.of(-1204392817).x).isEqualTo(260.0);
        assertThat(doc.ui.of(-1204392817).height).isEqualTo(120.5);
        assertThat(doc.ui.of(1).width).isNull();
        assertThat(doc.ui.extra("viewport")).isEqualTo(Map.of("x", -20.0, "y", 0.0, "zoom", 1.25));
    }

    @Test
    void goldenFileKeepsUnknownFieldsAtEveryLevel() throws Exception {
        CanvasDocument doc = codec.read(golden(), "native-v1.json");

        assertThat(doc.extra("x-canvas-note")).isEqualTo("unknown top-level field");
        assertThat(doc.settings.extra("x-settings-note")).isNotNull();
        assertThat(doc.module(4).orElseThrow().extra("x-module-note")).isNotNull();
        assertThat(doc.module(3).orElseThrow().input("in").orElseThrow().extra("x-port-note")).isNotNull();
        assertThat(doc.module(-1204392817).orElseThrow().input("in2").orElseThrow().variadic.extra("x-variadic-note"))
            .isNotNull();
        assertThat(doc.connections.get(2).extra("x-connection-note")).isNotNull();
        assertThat(doc.connections.get(3).from.extra("x-ref-note")).isNotNull();
        assertThat(doc.ui.of(3).extra("x-layout-note")).isNotNull();
        assertThat(doc.ui.extra("comments")).asList().hasSize(1);
    }

    @Test
    void goldenFileIsResavedByteForByte() throws Exception {
        String golden = golden();

        assertThat(codec.write(codec.read(golden, "native-v1.json"))).isEqualTo(golden);
    }

    @Test
    void copiedDocumentWritesTheSameJson() throws Exception {
        CanvasDocument doc = codec.read(golden(), "native-v1.json");

        assertThat(codec.write(doc.copy())).isEqualTo(golden());
    }

    @Test
    void aSavedFileHoldsExactlyTheWrittenTextWithItsFinalNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saved.json");
        Files.writeString(file, golden());
        CanvasDocument doc = codec.read(file);

        codec.write(doc, file);

        assertThat(Files.readString(file)).isEqualTo(codec.write(doc)).endsWith("}\n");
        assertThat(dir.toFile().list()).containsExactly("saved.json"); // no temporary file left behind
    }

    @Test
    void unknownFieldsSurviveLoadAndSave(@TempDir Path dir) throws Exception {
        String json = """
            {"schemaVersion": 1, "future": {"a": [1, 2.5, null]},
             "settings": {"mode": "realtime", "futureSetting": false},
             "modules": [{"hash": 7, "type": "constant", "futureModule": "x",
               "params": [{"name": "constant", "value": 3, "futureParam": {"deep": true}}],
               "inputs": [], "outputs": [{"name": "out", "futurePort": 1,
               "variadic": {"index": 1, "futureVariadic": "v"}}],
               "options": {"o": {"value": 1, "type": "int", "futureOption": []}}}],
             "connections": [{"from": {"module": 7, "port": "out", "futureRef": 1},
               "to": {"module": 7, "port": "constant"}, "futureConnection": "c"}],
             "ui": {"modules": {"7": {"x": 1.5, "y": 2, "futureLayout": "l"}}, "futureUi": {}}}
            """;
        Path file = dir.resolve("canvas.json");
        Files.writeString(file, json);

        codec.write(codec.read(file), file);

        JsonNode saved = JSON.readTree(file.toFile());
        JsonNode original = JSON.readTree(json);
        ((ObjectNode) original.get("ui").get("modules").get("7")).put("y", 2.0);
        assertThat(JsonDiff.differences(original, saved)).isEmpty();
    }

    @Test
    void fileNotStartingWithTheVersionReadsTheSame() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(golden());
        JsonNode version = tree.remove("schemaVersion");
        tree.set("schemaVersion", version);

        CanvasDocument doc = codec.read(JSON.writeValueAsString(tree), "reordered.json");

        assertThat(codec.write(doc)).isEqualTo(golden());
    }

    @Test
    void filesReadAsTheirTextDoesWhereverTheVersionIs(@TempDir Path dir) throws Exception {
        ObjectNode reordered = (ObjectNode) JSON.readTree(golden());
        JsonNode version = reordered.remove("schemaVersion");
        reordered.set("schemaVersion", version);
        List<String> texts = List.of(golden(), " ".repeat(300) + golden(), JSON.writeValueAsString(reordered),
            golden().replace("\"schemaVersion\": 1", "\"schemaVersion\": 1" + " ".repeat(240)));
        for (String text : texts) {
            Path file = dir.resolve("canvas.json");
            Files.writeString(file, text);

            assertThat(codec.write(codec.read(file))).isEqualTo(codec.write(codec.read(text, "canvas.json")))
                .isEqualTo(golden());
        }
    }

    @Test
    void aFileTheBinderRejectsGetsTheMessagesOfItsText(@TempDir Path dir) throws Exception {
        List<String> broken = List.of("{\"schemaVersion\": 1} {}",
            "{\n  \"schemaVersion\": 1,\n  \"modules\": [ {\"hash\": 1,, } ]\n}",
            "{\"schemaVersion\": 1, \"modules\": [{\"hash\": 1}, {\"hash\": \"abc\"}]}",
            "{\"schemaVersion\": 1, \"connections\": [{\"to\": {\"module\": 1, \"port\": \"in\"}}]}",
            "{\"schemaVersion\": 12}", "{\"schemaVersion\": 1",
            // version 12 whose "1" is the last byte the version check looks at
            "{" + " ".repeat(237) + "\"schemaVersion\": 12, \"modules\": [], \"connections\": []}");
        for (String text : broken) {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, text);

            String expected = catchThrowableOfType(() -> codec.read(text, file.toString()),
                CanvasFormatException.class).getMessage();
            assertThatThrownBy(() -> codec.read(file)).as(text)
                .isInstanceOf(CanvasFormatException.class).hasMessage(expected);
        }
    }

    @Test
    void trailingGarbageIsRejected() {
        assertThatThrownBy(() -> codec.read("{\"schemaVersion\": 1} {}", "twice.json"))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessageStartingWith("twice.json: malformed JSON at line 1");
    }

    @Test
    void writingIsDeterministic() throws Exception {
        CanvasDocument doc = codec.read(golden(), "native-v1.json");

        assertThat(codec.write(doc)).isEqualTo(codec.write(doc)).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"modules\": [ {\"hash\": 1,, } ]\n}";

        assertThatThrownBy(() -> codec.read(json, "broken.json"))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessageStartingWith("broken.json: malformed JSON at line 3, column")
            .satisfies(e -> assertThat(((CanvasFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void wronglyTypedFieldNamesItsJsonPath() {
        String json = "{\"schemaVersion\": 1, \"modules\": [{\"hash\": 1}, {\"hash\": \"abc\"}]}";

        assertThatThrownBy(() -> codec.read(json, "typed.json"))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessageStartingWith("typed.json: $.modules[1].hash: ")
            .satisfies(e -> assertThat(((CanvasFormatException) e).jsonPath()).isEqualTo("$.modules[1].hash"));
    }

    @Test
    void connectionWithoutSourceIsAStructuralError() {
        String json = "{\"schemaVersion\": 1, \"connections\": [{\"to\": {\"module\": 1, \"port\": \"in\"}}]}";

        assertThatThrownBy(() -> codec.read(json, "wires.json"))
            .hasMessage("wires.json: $.connections[0].from: missing");
    }

    @Test
    void newerSchemaVersionIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> codec.read("{\"schemaVersion\": 2}", "future.json"))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessageContaining("future.json")
            .hasMessageContaining("newer Rivulet (schema version 2)")
            .hasMessageContaining("reads schema versions up to 1");
    }

    @Test
    void missingSchemaVersionIsReported() {
        assertThatThrownBy(() -> codec.read("{\"modules\": []}", "plain.json"))
            .hasMessageStartingWith("plain.json: $.schemaVersion: missing");
    }

    @Test
    void olderVersionsAreUpgradedThroughEveryStepInOrder() throws Exception {
        SchemaMigration oneToTwo = migration(1, root -> root.put("name", root.remove("title").asText()));
        SchemaMigration twoToThree = migration(2, root -> root.put("name", root.get("name").asText() + " (v3)"));
        NativeCodec future = new NativeCodec(List.of(twoToThree, oneToTwo), 3);

        CanvasDocument doc = future.read("{\"schemaVersion\": 1, \"title\": \"Old\"}", "old.json");

        assertThat(doc.name).isEqualTo("Old (v3)");
        assertThat(doc.schemaVersion).isEqualTo(3);
        assertThat(doc.extra()).doesNotContainKey("title");
    }

    @Test
    void versionWithoutUpgradeStepIsRejected() {
        NativeCodec future = new NativeCodec(List.of(migration(2, root -> { })), 3);

        assertThatThrownBy(() -> future.read("{\"schemaVersion\": 1}", "ancient.json"))
            .hasMessage("ancient.json: schema version 1 is no longer supported (no upgrade step from it)");
    }

    @Test
    void failingUpgradeStepIsReportedNotThrownRaw() {
        NativeCodec future = new NativeCodec(List.of(migration(1, root -> {
            throw new IllegalArgumentException("title missing");
        })), 2);

        assertThatThrownBy(() -> future.read("{\"schemaVersion\": 1}", "bad.json"))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessage("bad.json: cannot upgrade from schema version 1: title missing");
    }

    private static SchemaMigration migration(int from, java.util.function.Consumer<ObjectNode> step) {
        return new SchemaMigration() {
            @Override
            public int fromVersion() {
                return from;
            }

            @Override
            public void migrate(ObjectNode root) {
                step.accept(root);
            }
        };
    }
}
