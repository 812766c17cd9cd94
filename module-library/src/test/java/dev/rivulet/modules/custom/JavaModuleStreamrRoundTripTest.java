package dev.rivulet.modules.custom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.document.StreamrCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaModuleStreamrRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Streamr's SimpleJavaCodeWrapper default code, with its Windows line endings. */
    private static final String CODE = "// Define inputs and outputs here\r\n"
        + "TimeSeriesInput input = new TimeSeriesInput(this,\"in\");\r\n"
        + "TimeSeriesOutput output = new TimeSeriesOutput(this,\"out\");\r\n\r\n"
        + "public void initialize() {\r\n  // Initialize local variables\r\n}\r\n\r\n"
        + "public void sendOutput() {\r\n  output.send(input.getValue() * 2);\r\n}\r\n\r\n"
        + "public void clearState() {\r\n  // Clear internal state\r\n}";

    private final List<String> problems = new ArrayList<>();
    private final StreamrCodec codec = new StreamrCodec(JavaModuleTest.TRUSTING);

    private ObjectNode streamrCanvas() throws Exception {
        ObjectNode module = JSON.createObjectNode();
        module.put("id", 136);
        module.put("hash", 3);
        module.put("name", "JavaModule");
        module.put("type", "module");
        module.put("code", CODE);
        module.set("params", JSON.createArrayNode());
        module.set("inputs", JSON.readTree("""
            [{"id": "ep_in", "name": "in", "longName": "JavaModule.in", "type": "Double", "connected": false,
              "canConnect": true, "export": false, "drivingInput": true, "canToggleDrivingInput": true,
              "acceptedTypes": ["Double"], "requiresConnection": true}]
            """));
        module.set("outputs", JSON.readTree("""
            [{"id": "ep_out", "name": "out", "longName": "JavaModule.out", "type": "Double", "connected": false,
              "canConnect": true, "export": false, "noRepeat": true}]
            """));
        module.set("layout", JSON.readTree("{\"position\": {\"top\": \"100px\", \"left\": \"200px\"}}"));
        ObjectNode canvas = JSON.createObjectNode();
        canvas.put("name", "Java");
        canvas.set("settings", JSON.createObjectNode());
        canvas.set("modules", JSON.createArrayNode().add(module));
        return canvas;
    }

    @Test
    void importedStreamrJavaModuleKeepsItsCodeAndCompiles() throws Exception {
        CanvasDocument doc = codec.fromTree(streamrCanvas(), "java.json", problems);
        ModuleNode m = doc.modules.get(0);
        assertThat(m.type).isEqualTo("java-module");
        assertThat(m.extra(JavaModule.CODE)).isEqualTo(CODE);
        JavaModule instance = (JavaModule) JavaModuleTest.TRUSTING.instantiate(m, new ArrayList<>());
        assertThat(instance.compileProblems()).isEmpty();
        assertThat(new CanvasValidator(JavaModuleTest.TRUSTING).validate(doc))
            .noneMatch(p -> p.message().startsWith("code"));
    }

    @Test
    void streamrExportGivesBackTheSameCode() throws Exception {
        ObjectNode original = streamrCanvas();
        CanvasDocument doc = codec.fromTree(original, "java.json", problems);
        JsonNode exported = codec.toTree(doc, problems);
        assertThat(exported.at("/modules/0/code").asText()).isEqualTo(CODE);
        assertThat(exported.at("/modules/0/id").asInt()).isEqualTo(136);
        assertThat(exported.at("/modules/0")).isEqualTo(original.at("/modules/0"));
    }

    @Test
    void nativeSaveAndLoadKeepTheCode() throws Exception {
        CanvasDocument doc = codec.fromTree(streamrCanvas(), "java.json", problems);
        NativeCodec nativeCodec = new NativeCodec();
        String saved = nativeCodec.write(doc);
        CanvasDocument loaded = nativeCodec.read(saved, "java.json");
        assertThat(loaded.modules.get(0).extra(JavaModule.CODE)).isEqualTo(CODE);
    }
}
