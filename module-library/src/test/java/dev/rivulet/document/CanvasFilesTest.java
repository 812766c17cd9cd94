package dev.rivulet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.core.ModuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanvasFilesTest {
    private final CanvasFiles files = new CanvasFiles(ModuleRegistry.load());

    @Test
    void detectsNativeFilesBySchemaVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.rivulet.json");
        Files.writeString(file, NativeCodecTest.golden());

        CanvasFiles.Loaded loaded = files.read(file);

        assertThat(loaded.format()).isEqualTo(CanvasFormat.NATIVE);
        assertThat(loaded.document().name).isEqualTo("Golden canvas (schema 1)");
    }

    @Test
    void detectsStreamrFilesByTheirModules() throws Exception {
        Path file = StreamrCorpus.directory().resolve("run-canvas-spec-Canvas.json");

        CanvasFiles.Loaded loaded = files.read(file);

        assertThat(loaded.format()).isEqualTo(CanvasFormat.STREAMR);
        assertThat(loaded.document().connections).hasSize(3);
    }

    @Test
    void savesInEitherFormatAndReadsBack(@TempDir Path dir) throws Exception {
        CanvasDocument doc = files.load(StreamrCorpus.directory().resolve("DashboardSpec.json"));
        Path asNative = dir.resolve("native.json");
        Path asStreamr = dir.resolve("streamr.json");

        files.save(doc, asNative, CanvasFormat.NATIVE);
        files.save(doc, asStreamr, CanvasFormat.STREAMR);

        assertThat(files.read(asNative).format()).isEqualTo(CanvasFormat.NATIVE);
        assertThat(files.read(asStreamr).format()).isEqualTo(CanvasFormat.STREAMR);
        NativeCodec codec = new NativeCodec();
        assertThat(JsonDiff.differences(codec.toTree(files.load(asNative)), codec.toTree(files.load(asStreamr))))
            .isEmpty();
    }

    @Test
    void rejectsJsonThatIsNoCanvas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"hello\": \"world\"}");

        assertThatThrownBy(() -> files.load(file))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessageStartingWith(file + ": not a canvas");
    }

    @Test
    void missingFileIsACanvasFormatException(@TempDir Path dir) {
        assertThatThrownBy(() -> files.load(dir.resolve("nope.json")))
            .isInstanceOf(CanvasFormatException.class)
            .hasMessageEndingWith("nope.json: no such file");
    }
}
