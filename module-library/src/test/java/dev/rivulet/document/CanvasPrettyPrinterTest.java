package dev.rivulet.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.core.ModuleRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canvas printer must print exactly what Jackson's default printer, configured the way files were saved, prints. */
class CanvasPrettyPrinterTest {
    /** How canvases were printed before CanvasPrettyPrinter: the reference. */
    private static final ObjectWriter REFERENCE = JsonSupport.MAPPER.writer(reference());

    private static DefaultPrettyPrinter reference() {
        Separators separators = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentArraysWith(indenter);
        p.indentObjectsWith(indenter);
        return p;
    }

    @Test
    void printsTheGoldenCanvasAsTheDefaultPrinterDoes() throws Exception {
        CanvasDocument doc = new NativeCodec().read(NativeCodecTest.golden(), "native-v1.json");

        assertThat(JsonSupport.PRETTY.writeValueAsString(doc)).isEqualTo(REFERENCE.writeValueAsString(doc));
    }

    @Test
    void printsAGeneratedCanvasAsTheDefaultPrinterDoes() throws Exception {
        CanvasDocument doc = SyntheticCanvas.generate(ModuleRegistry.load(), 300, 5);

        assertThat(JsonSupport.PRETTY.writeValueAsString(doc)).isEqualTo(REFERENCE.writeValueAsString(doc));
    }

    @Test
    void printsEmptyContainersTextAndDeepNestingAsTheDefaultPrinterDoes() throws Exception {
        Object deep = "bottom";
        for (int i = 0; i < 150; i++) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level" + i, i % 3 == 0 ? List.of(deep, Map.of(), List.of()) : deep);
            deep = level;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("deep", deep);
        value.put("empty object", Map.of());
        value.put("empty list", new ArrayList<>());
        value.put("text", "quotes \" backslash \\ tab \t newline \n unicode é ☃ 😀");
        value.put("numbers", List.of(0, -1.5, 1e300, Long.MAX_VALUE));
        value.put("nothing", null);

        assertThat(JsonSupport.PRETTY.writeValueAsString(value)).isEqualTo(REFERENCE.writeValueAsString(value));
    }
}
