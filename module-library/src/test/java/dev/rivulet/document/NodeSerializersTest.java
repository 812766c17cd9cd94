package dev.rivulet.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.core.DirectoryCanvasResolver;
import dev.rivulet.core.ModuleRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-written serializers must write exactly what Jackson writes from the annotations of the node classes: the
 * reference is the same mapper without them.
 */
class NodeSerializersTest {
    private static final ObjectWriter REFERENCE =
        JsonSupport.settings(JsonMapper.builder()).build().writer(new CanvasPrettyPrinter());

    static List<Path> corpus() {
        return StreamrCorpus.canvases();
    }

    @Test
    void goldenCanvasIsWrittenAsTheAnnotationsSay() throws Exception {
        assertSameJson(new NativeCodec().read(NativeCodecTest.golden(), "native-v1.json"));
    }

    @Test
    void generatedCanvasIsWrittenAsTheAnnotationsSay() throws Exception {
        assertSameJson(SyntheticCanvas.generate(ModuleRegistry.load(), 400, 3));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void importedStreamrCanvasesAreWrittenAsTheAnnotationsSay(Path file) throws Exception {
        ModuleRegistry registry = ModuleRegistry.load().withCanvasResolver(
            new DirectoryCanvasResolver(StreamrCorpus.directory(), ModuleRegistry.load()));

        assertSameJson(new CanvasFiles(registry).load(file));
    }

    /**
     * Every field of the hand-serialized classes, empty and set (a field added to one of them later is written by the
     * reference, so this fails until the serializer writes it too), and unknown fields holding nulls, lists and maps.
     */
    @Test
    void everyFieldEmptyOrSetIsWrittenAsTheAnnotationsSay() throws Exception {
        for (Class<?> type : List.of(PortNode.class, ConnectionNode.class, ConnectionNode.PortRef.class,
            CanvasLayout.ModuleLayout.class)) {
            Object empty = type.getConstructor().newInstance();
            assertSameJson(empty);
            Object full = type.getConstructor().newInstance();
            for (Field f : type.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.set(full, sample(f.getType()));
                    assertSameJson(full);
                }
            }
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put("null", null);
            nested.put("list", Arrays.asList(1, null, "x", List.of()));
            ((Extensible) full).putExtra("kept", nested);
            ((Extensible) full).putExtra("nothing", null);
            ((Extensible) full).putExtra("number", 2.5);
            assertSameJson(full);
            ((Extensible) empty).extra();
            assertSameJson(empty);
        }
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "text \"quoted\" é";
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == Integer.class || type == int.class) {
            return -42;
        }
        if (type == Double.class || type == double.class) {
            return 1.25e-7;
        }
        if (type == Object.class) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", new ArrayList<>(List.of(1.0, "b")));
            m.put("n", null);
            return m;
        }
        if (type == VariadicNode.class) {
            VariadicNode v = new VariadicNode();
            v.index = 2;
            v.isLast = true;
            return v;
        }
        if (type == ConnectionNode.PortRef.class) {
            ConnectionNode.PortRef r = new ConnectionNode.PortRef(-7, null);
            r.putExtra("side", "left");
            return r;
        }
        throw new AssertionError("no sample value for " + type + ": teach the test (and NodeSerializers) this type");
    }

    private static void assertSameJson(Object value) throws Exception {
        assertThat(JsonSupport.PRETTY.writeValueAsString(value)).isEqualTo(REFERENCE.writeValueAsString(value));
        assertThat(JsonSupport.MAPPER.valueToTree(value).toString())
            .isEqualTo(JsonSupport.settings(JsonMapper.builder()).build().valueToTree(value).toString());
    }
}
