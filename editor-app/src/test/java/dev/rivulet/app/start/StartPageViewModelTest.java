package dev.rivulet.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSort;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.VersionKind;
import dev.rivulet.runtime.workspace.WorkspaceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start page's logic against a real workspace.db, without rendering (both executors run work in place). */
class StartPageViewModelTest {
    static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path dir;

    private CanvasRepository canvases;
    private StartPageViewModel vm;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        canvases = new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir.resolve("data"))))
            .workspace(), Clock.systemUTC());
        vm = new StartPageViewModel(canvases, new WorkspaceFiles(canvases, new CanvasFiles(REGISTRY)), Runnable::run,
            Runnable::run, opened::add);
    }

    private CanvasSummary create(String name) {
        return canvases.create(name, new CanvasDocument(), VersionKind.CREATE);
    }

    @Test
    void listsCanvasesAndFollowsSearchAndSort() throws Exception {
        create("Weather");
        Thread.sleep(3);
        create("alpha prices");
        Thread.sleep(3);
        create("Beta prices");

        vm.refresh();
        assertThat(vm.canvases()).extracting(CanvasSummary::name)
            .containsExactly("Beta prices", "alpha prices", "Weather");
        vm.sortProperty().set(CanvasSort.NAME);
        assertThat(vm.canvases()).extracting(CanvasSummary::name)
            .containsExactly("alpha prices", "Beta prices", "Weather");
        vm.searchProperty().set("price");
        assertThat(vm.canvases()).extracting(CanvasSummary::name).containsExactly("alpha prices", "Beta prices");
    }

    @Test
    void newCanvasGetsAFreeNameAndIsOpened() {
        vm.newCanvas();
        vm.newCanvas();

        assertThat(canvases.list("", CanvasSort.NAME)).extracting(CanvasSummary::name)
            .containsExactly("Untitled canvas", "Untitled canvas 2");
        assertThat(opened).hasSize(2);
        assertThat(vm.recent()).isEmpty(); // opening is the editor's job; it marks the canvas opened
    }

    @Test
    void renamesDuplicatesAndDeletesKeepingTheSelectionRight() {
        CanvasSummary c = create("Original");
        vm.refresh();
        vm.selectedProperty().set(vm.canvases().get(0));

        vm.rename(c, "Renamed");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Renamed");
        vm.duplicate(vm.selectedProperty().get());
        assertThat(vm.canvases()).extracting(CanvasSummary::name).contains("Renamed", "Renamed (copy)");
        vm.delete(vm.selectedProperty().get());

        assertThat(vm.canvases()).extracting(CanvasSummary::name).containsExactly("Renamed (copy)");
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Deleted \"Renamed\".");
        vm.rename(vm.canvases().get(0), "  ");
        assertThat(vm.messageProperty().get()).isEqualTo("A canvas needs a name.");
    }

    @Test
    void recentListShowsCanvasesTheEditorOpened() throws Exception {
        CanvasSummary a = create("A");
        CanvasSummary b = create("B");
        canvases.open(a.id());
        Thread.sleep(3);
        canvases.open(b.id());

        vm.refresh();

        assertThat(vm.recent()).extracting(CanvasSummary::name).containsExactly("B", "A");
    }

    @Test
    void importsAFileAndRefusesAMalformedOneWithAClearMessage() throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"modules\": [");

        vm.importFile(bad);
        assertThat(vm.messageProperty().get()).startsWith("Nothing imported.").contains("broken.json")
            .contains("malformed JSON");
        assertThat(vm.canvases()).isEmpty();

        vm.importFile(Path.of("..", "resources", "samples", "price-alert.json"));
        assertThat(vm.messageProperty().get()).startsWith("Imported \"Price alert\" from price-alert.json");
        assertThat(vm.canvases()).extracting(CanvasSummary::name).containsExactly("Price alert");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Price alert");
    }
}
