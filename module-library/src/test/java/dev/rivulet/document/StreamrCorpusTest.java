package dev.rivulet.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real Streamr canvas imports, converts to native and back without losing anything, and loads into the engine
 * (modules we do not implement as error stubs).
 *
 * <p>The only normalisation: {@code longName} is removed from every endpoint before comparing. It is generated
 * ("Module.port") and Streamr itself wrote it inconsistently (port name in 2016, display name later; a sub-canvas's
 * exported endpoints keep the inner module's name), so export regenerates it rather than keeping stale text.
 */
class StreamrCorpusTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamrCodec streamr = new StreamrCodec(REGISTRY);
    private final NativeCodec nativeCodec = new NativeCodec();

    static List<Path> canvases() {
        return StreamrCorpus.canvases();
    }

    private static JsonNode readTree(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    @ParameterizedTest
    @MethodSource("canvases")
    void importsAsStreamrCanvas(Path file) throws Exception {
        CanvasFiles.Loaded loaded = new CanvasFiles(REGISTRY).read(file);
        JsonNode original = readTree(file);

        assertThat(loaded.format()).isEqualTo(CanvasFormat.STREAMR);
        assertThat(loaded.document().modules).hasSize(original.get("modules").size());
        assertThat(loaded.problems()).as("import problems").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("canvases")
    void streamrToNativeToStreamrKeepsEverything(Path file) throws Exception {
        JsonNode original = readTree(file);
        List<String> problems = new ArrayList<>();
        CanvasDocument doc = streamr.fromTree(original, file.toString(), problems);
        // through native JSON text, so nothing survives only because it stayed in memory
        CanvasDocument reread = nativeCodec.read(nativeCodec.write(doc), "native copy of " + file.getFileName());
        ObjectNode exported = streamr.toTree(reread, problems);

        assertThat(problems).isEmpty();
        assertThat(JsonDiff.differences(withoutLongNames(original), withoutLongNames(exported))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("canvases")
    void exportKeepsModulesEndpointsConnectionsOptionsAndLayout(Path file) throws Exception {
        JsonNode original = readTree(file);
        ObjectNode exported = streamr.toTree(streamr.fromTree(original, file.toString(), new ArrayList<>()),
            new ArrayList<>());

        original.fieldNames().forEachRemaining(k -> {
            if (!k.equals("modules")) {
                assertThat(exported.get(k)).as("top-level field " + k).isEqualTo(original.get(k));
            }
        });
        for (int i = 0; i < original.get("modules").size(); i++) {
            JsonNode a = original.get("modules").get(i);
            JsonNode b = exported.get("modules").get(i);
            String where = file.getFileName() + " module " + a.get("hash");
            for (String k : List.of("id", "hash", "name", "options", "layout")) {
                assertThat(b.get(k)).as(where + " " + k).isEqualTo(a.get(k));
            }
            for (String kind : List.of("params", "inputs", "outputs")) {
                for (int j = 0; j < a.get(kind).size(); j++) {
                    JsonNode ea = a.get(kind).get(j);
                    JsonNode eb = b.get(kind).get(j);
                    for (String k : List.of("id", "name", "value", "sourceId", "connected")) {
                        assertThat(eb.get(k)).as(where + " " + kind + " " + ea.get("name") + " " + k)
                            .isEqualTo(ea.get(k));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("canvases")
    void nativeJsonWrittenAndReadBackIsTheSame(Path file) throws Exception {
        CanvasDocument doc = streamr.fromTree(readTree(file), file.toString(), new ArrayList<>());
        String first = nativeCodec.write(doc);
        String second = nativeCodec.write(nativeCodec.read(first, "first save"));

        assertThat(second).isEqualTo(first);
        assertThat(JSON.readTree(second)).isEqualTo(nativeCodec.toTree(doc));
    }

    @ParameterizedTest
    @MethodSource("canvases")
    void loadsIntoTheEngineWithUnknownTypesAsErrorStubs(Path file) throws Exception {
        CanvasDocument doc = streamr.fromTree(readTree(file), file.toString(), new ArrayList<>());
        CanvasRuntime rt = CanvasRuntime.build(doc, REGISTRY, new RunContext(RunMode.HISTORICAL, null, null));

        for (ModuleNode m : doc.modules) {
            boolean known = REGISTRY.resolve(m.type) != null;
            assertThat(ModuleRegistry.isErrorStub(rt.module(m.hash))).as(m.name + " " + m.type).isEqualTo(!known);
            if (!known) {
                assertThat(rt.problems().get(m.hash)).anyMatch(p -> p.contains("unknown module type"));
            }
        }
    }

    private static JsonNode withoutLongNames(JsonNode canvas) {
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
