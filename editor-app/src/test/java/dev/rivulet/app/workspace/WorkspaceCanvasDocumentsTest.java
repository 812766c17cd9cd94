package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSort;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.VersionHistory;
import dev.rivulet.runtime.workspace.VersionInfo;
import dev.rivulet.runtime.workspace.VersionKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace window's canvases kept in workspace.db through its CanvasDocuments seam. */
class WorkspaceCanvasDocumentsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path dir;

    private CanvasRepository repository() {
        return new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir))).workspace(),
            Clock.systemUTC());
    }

    @Test
    void aNewCanvasBecomesAWorkspaceCanvasWhoseEditsAreJournaledAndSavedAsVersions() throws Exception {
        CanvasRepository canvases = repository();
        try (EditJournal journal = new EditJournal(canvases)) {
            WorkspaceCanvasDocuments documents = new WorkspaceCanvasDocuments(canvases, journal);
            WorkspaceViewModel window = new WorkspaceViewModel(REGISTRY, new CanvasFiles(REGISTRY), documents);

            OpenCanvas canvas = window.newCanvas();
            canvas.session().addModule("abs", 0, 0);
            assertThat(window.save(canvas)).isEqualTo(CanvasDocuments.SaveOutcome.SAVED);
            canvas.session().addModule("add", 0, 100);
            journal.flush().get(10, TimeUnit.SECONDS);

            String id = (String) canvas.workspaceKey().get();
            assertThat(canvases.list("", CanvasSort.NAME)).extracting(CanvasSummary::name)
                .containsExactly(canvas.title().get());
            assertThat(new VersionHistory(canvases).versions(id)).extracting(VersionInfo::summary)
                .containsExactly("added 1 module (Abs)", "created with 0 modules and 0 connections");
            assertThat(canvases.read(id).document().modules).hasSize(2);
        }
    }

    @Test
    void autosaveCheckpointsOnlyCanvasesEditedSinceTheirLastCheckpoint() throws Exception {
        CanvasRepository canvases = repository();
        try (EditJournal journal = new EditJournal(canvases)) {
            WorkspaceCanvasDocuments documents = new WorkspaceCanvasDocuments(canvases, journal);
            WorkspaceViewModel window = new WorkspaceViewModel(REGISTRY, new CanvasFiles(REGISTRY), documents);
            OpenCanvas edited = window.newCanvas();
            OpenCanvas untouched = window.newCanvas();
            Autosave autosave = new Autosave(() -> documents.autosave(window), Runnable::run,
                java.time.Duration.ofMinutes(5));

            edited.session().addModule("abs", 0, 0);
            autosave.checkpointChanged();
            autosave.checkpointChanged();
            journal.flush().get(10, TimeUnit.SECONDS);

            assertThat(new VersionHistory(canvases).versions((String) edited.workspaceKey().get()))
                .extracting(VersionInfo::kind).containsExactly(VersionKind.AUTOSAVE, VersionKind.CREATE);
            assertThat(new VersionHistory(canvases).versions((String) untouched.workspaceKey().get())).hasSize(1);
            autosave.close();
        }
    }

    @Test
    void aStoredCanvasOpensInATabWithItsJournalReplayedAndIsNotStoredTwice() throws Exception {
        CanvasRepository canvases = repository();
        CanvasSummary stored = canvases.create("Stored", new CanvasDocument(), VersionKind.CREATE);
        try (EditJournal journal = new EditJournal(canvases)) {
            WorkspaceCanvasDocuments documents = new WorkspaceCanvasDocuments(canvases, journal);
            WorkspaceViewModel window = new WorkspaceViewModel(REGISTRY, new CanvasFiles(REGISTRY), documents);
            documents.openStored(window, stored.id()).canvas().session().addModule("abs", 0, 0);
            journal.flush().get(10, TimeUnit.SECONDS);
        }

        try (EditJournal journal = new EditJournal(canvases)) {
            WorkspaceCanvasDocuments documents = new WorkspaceCanvasDocuments(canvases, journal);
            WorkspaceViewModel window = new WorkspaceViewModel(REGISTRY, new CanvasFiles(REGISTRY), documents);

            WorkspaceCanvasDocuments.Opened opened = documents.openStored(window, stored.id());
            WorkspaceCanvasDocuments.Opened again = documents.openStored(window, stored.id());

            assertThat(opened.canvas().session().document().modules).hasSize(1);
            assertThat(opened.recoveryMessage()).isPresent();
            assertThat(opened.canvas().dirty().get()).isTrue();
            assertThat(again.canvas()).isSameAs(opened.canvas());
            assertThat(window.canvases()).hasSize(1);
            window.close(opened.canvas());
            journal.flush().get(10, TimeUnit.SECONDS);
        }
        assertThat(canvases.list("", CanvasSort.NAME)).hasSize(1);
        assertThat(new VersionHistory(canvases).versions(stored.id())).first().extracting(VersionInfo::kind)
            .isEqualTo(VersionKind.AUTOSAVE);
    }
}
