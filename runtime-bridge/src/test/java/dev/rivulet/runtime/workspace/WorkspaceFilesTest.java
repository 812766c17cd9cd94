package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFilesTest {
    private static final Path SAMPLE = Path.of("..", "resources", "samples", "price-alert.json");

    @TempDir
    Path dir;

    private CanvasRepository canvases;
    private WorkspaceFiles files;

    @BeforeEach
    void open() {
        canvases = Workspaces.repository(dir.resolve("data"));
        files = new WorkspaceFiles(canvases, new CanvasFiles(Workspaces.REGISTRY));
    }

    @Test
    void importsANativeFileAsANewCanvasNamedAfterIt() throws Exception {
        WorkspaceFiles.Imported imported = files.importFile(SAMPLE);

        assertThat(imported.format()).isEqualTo(CanvasFormat.NATIVE);
        assertThat(imported.canvas().name()).isEqualTo("Price alert");
        assertThat(canvases.open(imported.canvas().id()).document().modules).isNotEmpty();
        assertThat(new VersionHistory(canvases).versions(imported.canvas().id())).singleElement()
            .satisfies(v -> {
                assertThat(v.kind()).isEqualTo(VersionKind.IMPORT);
                assertThat(v.summary()).startsWith("imported from price-alert.json (native): created with ");
            });
    }

    @Test
    void importsAStreamrCanvasAndExportsItBack() throws Exception {
        Path streamr = dir.resolve("legacy-canvas.json");
        Files.writeString(streamr, """
            {"modules": [
              {"id": 5, "hash": 1, "name": "Constant", "params": [], "inputs": [],
               "outputs": [{"id": "ep_c", "name": "out", "type": "Double", "connected": true}]},
              {"id": 2, "hash": 2, "name": "MovingAverage", "inputs": [{"id": "ep_in", "name": "in",
               "connected": true, "sourceId": "ep_c"}], "params": [],
               "outputs": [{"id": "ep_out", "name": "out", "connected": false}]}],
             "settings": {}}
            """);

        WorkspaceFiles.Imported imported = files.importFile(streamr);
        Path out = dir.resolve("exported.json");
        files.export(imported.canvas().id(), out, CanvasFormat.NATIVE);

        assertThat(imported.format()).isEqualTo(CanvasFormat.STREAMR);
        assertThat(imported.canvas().name()).isEqualTo("legacy-canvas");
        assertThat(imported.canvas().modules()).isEqualTo(2);
        assertThat(new CanvasFiles(Workspaces.REGISTRY).load(out).connections).hasSize(1);
    }

    @Test
    void aMalformedOrTruncatedFileImportsNothingAndSaysWhy() throws Exception {
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, "{\"schemaVersion\": 1, \"modules\": [{\"hash\": 1,");
        Path notACanvas = dir.resolve("list.json");
        Files.writeString(notACanvas, "{\"items\": []}");

        assertThatThrownBy(() -> files.importFile(truncated)).isInstanceOf(CanvasFormatException.class)
            .hasMessageContaining("truncated.json").hasMessageContaining("line 1");
        assertThatThrownBy(() -> files.importFile(notACanvas)).isInstanceOf(CanvasFormatException.class)
            .hasMessageContaining("not a canvas");
        assertThat(canvases.list("", CanvasSort.NAME)).isEmpty();
    }
}
