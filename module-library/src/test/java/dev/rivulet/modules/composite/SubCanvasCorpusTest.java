package dev.rivulet.modules.composite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.DirectoryCanvasResolver;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.StreamrCorpus;
import dev.rivulet.testkit.CanvasRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Streamr's own sub-canvas test canvases: SubCanvasSpec-top embeds SubCanvasSpec-sub (a Label and a Table whose inputs
 * are exported) by id, once through a Canvas module (hash 7) and once through ForEach (hash 4); a TextField (hash 1)
 * feeds everything, and a Table (hash 5) shows the text.
 */
class SubCanvasCorpusTest {
    private final ModuleRegistry registry = CanvasRun.REGISTRY.withCanvasResolver(
        new DirectoryCanvasResolver(StreamrCorpus.directory(), CanvasRun.REGISTRY));

    private CanvasDocument top() throws Exception {
        return new CanvasFiles(registry).load(StreamrCorpus.directory().resolve("SubCanvasSpec-top.json"));
    }

    @Test
    void subCanvasSpecTopValidatesWithItsSubCanvasResolvedFromTheSameFolder() throws Exception {
        CanvasDocument doc = top();

        assertThat(doc.module(7).orElseThrow().type).isEqualTo("canvas");
        assertThat(doc.module(4).orElseThrow().type).isEqualTo("for-each");
        assertThat(new CanvasValidator(registry).validate(doc)).isEmpty();
    }

    @Test
    void textEnteredInTheTopCanvasReachesTheWidgetsOfBothEmbeddedCopies() throws Exception {
        CanvasRun run = new CanvasRun(top(), registry);
        CanvasRuntime rt = run.start();
        assertThat(rt.problems()).isEmpty();

        rt.uiEvent(1, Map.of("value", "hello"));
        rt.uiEvent(1, Map.of("value", "world"));

        assertThat(run.failures()).isEmpty();
        assertThat(run.rowsAt("5")).containsExactly(List.of("hello"), List.of("world"));
        // the Canvas module's copy: Label 5 and Table 7 inside module 7
        assertThat(run.labelsAt("7/5")).containsExactly("hello", "world");
        assertThat(run.rowsAt("7/7")).containsExactly(List.of("hello"), List.of("world"));
        // ForEach keeps one copy per text
        assertThat(run.labelsAt("4[hello]/5")).containsExactly("hello");
        assertThat(run.rowsAt("4[world]/7")).containsExactly(List.of("world"));
        assertThat(((ForEach) rt.module(4)).keys()).containsExactly("hello", "world");
    }
}
