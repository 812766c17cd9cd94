package dev.rivulet.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.VersionHistory;
import dev.rivulet.runtime.workspace.VersionInfo;
import dev.rivulet.runtime.workspace.VersionKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();

    @Test
    void listsVersionsOpensOneReadOnlyAndRestoresIt() {
        CanvasRepository canvases = new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir)))
            .workspace(), Clock.systemUTC());
        CanvasSummary c = canvases.create("Alerts", new CanvasDocument(), VersionKind.CREATE);
        CanvasDocument doc = canvases.open(c.id()).document();
        ModuleNode abs = StartPageViewModelTest.REGISTRY.newNode("abs", 1);
        doc.modules.add(abs);
        canvases.save(c.id(), doc, VersionKind.SAVE);
        HistoryViewModel vm = new HistoryViewModel(new VersionHistory(canvases), Runnable::run, Runnable::run,
            new HistoryViewModel.Listener() {
                @Override
                public void openReadOnly(String canvasId, VersionInfo version, CanvasDocument document) {
                    events.add("open v" + version.version() + " with " + document.modules.size() + " modules");
                }

                @Override
                public void restored(String canvasId, VersionInfo restored) {
                    events.add("restored as v" + restored.version());
                }
            });

        vm.show(c.id(), c.name());
        assertThat(vm.titleProperty().get()).isEqualTo("History of Alerts");
        assertThat(vm.versions()).extracting(VersionInfo::summary)
            .containsExactly("added 1 module (Abs)", "created with 0 modules and 0 connections");

        vm.restoreSelected();
        assertThat(vm.messageProperty().get()).isEqualTo("Choose a version first.");
        vm.selectedProperty().set(vm.versions().get(1));
        vm.openSelected();
        vm.restoreSelected();

        assertThat(events).containsExactly("open v1 with 0 modules", "restored as v3");
        assertThat(vm.versions()).extracting(VersionInfo::summary).first()
            .isEqualTo("restored version 1: removed 1 module (Abs)");
        assertThat(canvases.open(c.id()).document().modules).isEmpty();
        vm.show(null, null);
        assertThat(vm.versions()).isEmpty();
    }
}
