package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
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

class JournaledCanvasesTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path dir;

    @Test
    void reopeningAfterUnsavedEditsRecoversThemAndSaysSo() throws Exception {
        CanvasRepository canvases = repository();
        CanvasSummary c = canvases.create("Notes", new CanvasDocument(), VersionKind.CREATE);
        try (EditJournal journal = new EditJournal(canvases)) {
            JournaledCanvases open = new JournaledCanvases(canvases, journal, REGISTRY);
            JournaledCanvases.Opened opened = open.open(c.id());
            assertThat(opened.recoveryMessage()).isEmpty();
            assertThat(open.open(c.id())).isSameAs(opened);
            opened.session().addModule("abs", 10, 10);
            journal.flush().get(10, TimeUnit.SECONDS);
            // no close: the process "dies" here
        }

        try (EditJournal journal = new EditJournal(repository())) {
            JournaledCanvases.Opened again = new JournaledCanvases(repository(), journal, REGISTRY).open(c.id());

            assertThat(again.session().document().modules).extracting(m -> m.type).containsExactly("abs");
            assertThat(again.recoveryMessage()).get().asString().startsWith("Recovered unsaved edits to \"Notes\"");
        }
    }

    @Test
    void closingKeepsUnsavedWorkAsAnAutosaveAndReloadFollowsARestore() throws Exception {
        CanvasRepository canvases = repository();
        CanvasSummary c = canvases.create("Closing", new CanvasDocument(), VersionKind.CREATE);
        VersionHistory history = new VersionHistory(canvases);
        try (EditJournal journal = new EditJournal(canvases)) {
            JournaledCanvases open = new JournaledCanvases(canvases, journal, REGISTRY);
            open.open(c.id()).session().addModule("abs", 0, 0);
            open.close(c.id());
            journal.flush().get(10, TimeUnit.SECONDS);
            assertThat(open.all()).isEmpty();
            assertThat(history.versions(c.id())).first().extracting(VersionInfo::kind)
                .isEqualTo(VersionKind.AUTOSAVE);

            open.open(c.id());
            history.restore(c.id(), 1);
            JournaledCanvases.Opened reloaded = open.reload(c.id());

            assertThat(reloaded.session().document().modules).isEmpty();
            assertThat(open.all()).hasSize(1);
        }
    }

    private CanvasRepository repository() {
        return new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir))).workspace(),
            Clock.systemUTC());
    }
}
