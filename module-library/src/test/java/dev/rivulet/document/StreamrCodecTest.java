package dev.rivulet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamrCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A catalog with a few types, independent of which modules this build implements. */
    private static final ModuleCatalog CATALOG = new ModuleCatalog() {
        private final Map<Integer, String> types = Map.of(524, "moving-average", 527, "table", 520, "add",
            147, "stream", 5, "constant");

        @Override
        public Optional<String> typeIdForStreamrId(int streamrId) {
            return Optional.ofNullable(types.get(streamrId));
        }

        @Override
        public Optional<Integer> streamrIdForType(String typeId) {
            return types.entrySet().stream().filter(e -> e.getValue().equals(typeId)).map(Map.Entry::getKey)
                .findFirst();
        }
    };

    private final AtomicInteger ids = new AtomicInteger();
    private final StreamrCodec codec = new StreamrCodec(CATALOG, () -> "ep_generated" + ids.incrementAndGet());
    private final List<String> problems = new ArrayList<>();

    private static ObjectNode canvas(String modulesJson) throws Exception {
        return (ObjectNode) JSON.readTree("{\"id\": \"c1\", \"name\": \"Test\", \"settings\": {}, \"modules\": "
            + modulesJson + "}");
    }

    @Test
    void legacyMovingAverageBecomesModernWithEventWindowAndExportsBackUnchanged() throws Exception {
        ObjectNode original = canvas("""
            [{"id": 5, "hash": 1, "name": "Constant", "params": [], "inputs": [],
              "outputs": [{"id": "ep_c", "name": "out", "type": "Double", "connected": true}]},
             {"id": 2, "hash": 2, "name": "MovingAverage", "inputs": [{"id": "ep_in", "name": "in", "connected": false}],
              "params": [{"id": "ep_len", "name": "length", "value": 60, "connected": true, "sourceId": "ep_c"},
                         {"id": "ep_min", "name": "minSamples", "value": 1, "connected": false}],
              "outputs": [{"id": "ep_out", "name": "out", "connected": false}]}]
            """);

        CanvasDocument doc = codec.fromTree(original, "legacy.json", problems);

        ModuleNode ma = doc.module(2).orElseThrow();
        assertThat(ma.type).isEqualTo("moving-average");
        assertThat(ma.paramValue("windowLength", null)).isEqualTo(60);
        assertThat(ma.paramValue("windowType", null)).isEqualTo("events");
        assertThat(ma.param("length")).isEmpty();
        assertThat(doc.connectionInto(2, "windowLength")).isPresent();

        JsonNode exported = codec.toTree(doc, problems);
        assertThat(exported.get("modules").get(1).get("id").intValue()).isEqualTo(2);
        assertThat(JsonDiff.differences(withoutLongNames(original), withoutLongNames(exported))).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void legacyTableInputsBecomeVariadicColumnsOfTheModernTable() throws Exception {
        ObjectNode original = canvas("""
            [{"id": 142, "hash": 3, "name": "Table", "params": [], "outputs": [],
              "inputs": [{"id": "a", "name": "input1", "connected": false},
                         {"id": "b", "name": "input2", "connected": false}],
              "options": {"inputs": {"value": 2, "type": "int"}}}]
            """);

        CanvasDocument doc = codec.fromTree(original, "legacy.json", problems);

        ModuleNode table = doc.modules.get(0);
        assertThat(table.type).isEqualTo("table");
        assertThat(table.inputs).extracting(p -> p.variadic.index).containsExactly(1, 2);
        assertThat(table.input("input2").orElseThrow().variadic.isLast).isTrue();
        assertThat(codec.toTree(doc, problems).get("modules").get(0).get("inputs").get(0).has("variadic")).isFalse();
        assertThat(JsonDiff.differences(withoutLongNames(original), withoutLongNames(codec.toTree(doc, problems))))
            .isEmpty();
    }

    @Test
    void modulesWithoutImplementationKeepTheirStreamrIdAsType() throws Exception {
        CanvasDocument doc = codec.fromTree(canvas("""
            [{"id": 159, "hash": 1, "name": "Twitter", "params": [], "inputs": [], "outputs": []},
             {"id": 1, "hash": 2, "name": "Multiply", "params": [], "inputs": [], "outputs": []},
             {"id": 100, "hash": 3, "name": "Add", "params": [], "inputs": [], "outputs": []}]
            """), "unknown.json", problems);

        assertThat(doc.modules).extracting(m -> m.type).containsExactly("streamr:159", "streamr:1", "add");
        assertThat(codec.toTree(doc, problems).get("modules")).extracting(m -> m.get("id").intValue())
            .containsExactly(159, 1, 100);
    }

    @Test
    void sourceIdsBecomeConnectionsAndDanglingOnesAreKeptAndReported() throws Exception {
        CanvasDocument doc = codec.fromTree(canvas("""
            [{"id": 5, "hash": 1, "name": "Constant", "params": [], "inputs": [],
              "outputs": [{"id": "ep_c", "name": "out", "connected": true}]},
             {"id": 527, "hash": 2, "name": "Table", "params": [], "outputs": [],
              "inputs": [{"id": "t1", "name": "in1", "sourceId": "ep_c", "connected": true},
                         {"id": "t2", "name": "in2", "sourceId": "ep_gone", "connected": true}]}]
            """), "wires.json", problems);

        assertThat(doc.connections).hasSize(1);
        assertThat(doc.connections.get(0).toString()).isEqualTo("1.out -> 2.in1");
        assertThat(doc.module(2).orElseThrow().input("in2").orElseThrow().extra(StreamrCodec.DANGLING_SOURCE_ID))
            .isEqualTo("ep_gone");
        assertThat(problems).singleElement().asString().contains("Table (2)", "in2", "ep_gone");

        JsonNode in2 = codec.toTree(doc, new ArrayList<>()).get("modules").get(1).get("inputs").get(1);
        assertThat(in2.get("sourceId").asText()).isEqualTo("ep_gone");
        assertThat(in2.get("connected").booleanValue()).isTrue();
    }

    @Test
    void layoutPixelsBecomeNumbersAndFormatBackWithoutDecimals() throws Exception {
        CanvasDocument doc = codec.fromTree(canvas("""
            [{"id": 5, "hash": 1, "name": "Constant", "params": [], "inputs": [], "outputs": [],
              "layout": {"position": {"top": "32px", "left": "48.5px"}, "width": "250px", "height": "NaNpx"}}]
            """), "layout.json", problems);

        CanvasLayout.ModuleLayout l = doc.ui.of(1);
        assertThat(l.x).isEqualTo(48.5);
        assertThat(l.y).isEqualTo(32.0);
        assertThat(l.width).isEqualTo(250.0);
        assertThat(l.height).isNull();

        l.y = 64;
        l.width = 300.0;
        JsonNode layout = codec.toTree(doc, problems).get("modules").get(0).get("layout");
        assertThat(layout.toString())
            .isEqualTo("{\"position\":{\"top\":\"64px\",\"left\":\"48.5px\"},\"width\":\"300px\",\"height\":\"NaNpx\"}");
    }

    @Test
    void settingsMapRunTabToModeAndKeepTheRest() throws Exception {
        ObjectNode original = (ObjectNode) JSON.readTree("""
            {"modules": [], "settings": {"editorState": {"runTab": "#tab-historical", "zoom": 2},
              "beginDate": "2015-07-02", "speed": "10", "serializationEnabled": "true",
              "timeOfDayFilter": {"timeOfDayStart": "00:00:00"}}}
            """);

        CanvasDocument doc = codec.fromTree(original, "settings.json", problems);

        assertThat(doc.settings.mode).isEqualTo("historical");
        assertThat(doc.settings.beginDate).isEqualTo("2015-07-02");
        assertThat(doc.settings.serializationEnabled).isTrue();
        assertThat(codec.toTree(doc, problems)).isEqualTo(original);

        doc.settings.mode = "realtime";
        assertThat(codec.toTree(doc, problems).at("/settings/editorState").toString())
            .isEqualTo("{\"zoom\":2,\"runTab\":\"#tab-realtime\"}");
    }

    @Test
    void explicitNullsAndGeneratedFieldsRoundTrip() throws Exception {
        ObjectNode original = canvas("""
            [{"id": 5, "hash": 1, "name": "Constant", "params": [], "outputs": [],
              "inputs": [{"id": "i", "name": "in", "initialValue": null, "sourceId": null, "connected": false,
                          "longName": "Constant.in"}]}]
            """);

        CanvasDocument doc = codec.fromTree(original, "nulls.json", problems);
        PortNode in = doc.modules.get(0).inputs.get(0);

        assertThat(in.initialValue).isNull();
        assertThat(in.extra()).doesNotContainKeys("connected", "longName", "sourceId");
        assertThat(codec.toTree(doc, problems)).isEqualTo(original);
    }

    @Test
    void exportGivesEndpointsWithoutIdsFreshIdsAndWiresThem() {
        CanvasDocument doc = new CanvasDocument();
        ModuleNode c = new ModuleNode();
        c.hash = 1;
        c.type = "constant";
        c.name = "Constant";
        c.outputs.add(new PortNode("out"));
        ModuleNode t = new ModuleNode();
        t.hash = 2;
        t.type = "table";
        t.name = "Table";
        t.inputs.add(new PortNode("in1"));
        doc.modules.add(c);
        doc.modules.add(t);
        doc.connections.add(new ConnectionNode(1, "out", 2, "in1"));

        JsonNode modules = codec.toTree(doc, problems).get("modules");

        String outId = modules.get(0).at("/outputs/0/id").asText();
        assertThat(outId).startsWith("ep_generated");
        assertThat(modules.get(1).at("/inputs/0/sourceId").asText()).isEqualTo(outId);
        assertThat(modules.get(1).at("/inputs/0/connected").booleanValue()).isTrue();
        assertThat(modules.get(0).at("/outputs/0/connected").booleanValue()).isTrue();
        assertThat(modules.get(1).at("/inputs/0/longName").asText()).isEqualTo("Table.in1");
        assertThat(problems).isEmpty();
    }

    @Test
    void randomEndpointIdsLookLikeStreamrs() {
        assertThat(StreamrCodec.randomEndpointId()).matches("ep_[A-Za-z0-9_-]{22}");
    }

    @Test
    void moduleWithoutHashIsAStructuralError() {
        assertThatThrownBy(() -> codec.fromTree(canvas("[{\"id\": 5, \"name\": \"Constant\"}]"), "bad.json",
            problems))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessage("bad.json: $.modules[0].hash: expected the module's hash (an integer)");
    }

    static JsonNode withoutLongNames(JsonNode canvas) {
        JsonNode copy = canvas.deepCopy();
        for (JsonNode m : copy.path("modules")) {
            for (String kind : List.of("params", "inputs", "outputs")) {
                for (JsonNode ep : m.path(kind)) {
                    ((ObjectNode) ep).remove("longName");
                }
            }
        }
        return copy;
    }
}
