package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.edit.PortFlag;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.OpenedCanvas;
import dev.rivulet.runtime.workspace.VersionHistory;
import dev.rivulet.runtime.workspace.VersionInfo;
import dev.rivulet.runtime.workspace.VersionKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of edit the session makes, undone and redone, comes back exactly from the journal. */
class SessionJournalTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path dir;

    private CanvasRepository canvases;
    private CanvasSummary canvas;

    @BeforeEach
    void setUp() {
        canvases = new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir))).workspace(),
            Clock.systemUTC());
        canvas = canvases.create("Journaled", new CanvasDocument(), VersionKind.CREATE);
    }

    @Test
    void theJournalReproducesTheSessionsDocumentAfterEveryKindOfEdit() throws Exception {
        EditSession s = new EditSession(canvases.open(canvas.id()).document(), REGISTRY);
        try (EditJournal journal = new EditJournal(canvases, Duration.ofMillis(50), stats -> { })) {
            SessionJournal.attach(s, canvas.id(), journal);
            int price = s.addModule("constant", 0, 0);
            int ma = s.addModule("moving-average", 200, 0);
            int table = s.addModule("table", 400, 0);
            s.connect(price, "out", ma, "in");
            s.connect(ma, "out", table, "in1");      // grows the table's variadic inputs
            s.setParameter(ma, "windowLength", 12);
            s.rename(ma, "Smooth");
            s.setPortFlag(table, "in1", PortFlag.DRIVING, false);
            s.setInitialValue(ma, "in", 3.0);
            s.moveModules(List.of(price, ma), 30, 40);
            List<Integer> pasted = s.paste(s.copy(List.of(price, ma)), 0, 200);
            s.removeModules(List.of(pasted.get(0)));
            s.undo();
            s.undo();
            s.redo();
            s.replaceConnection(pasted.get(1), "out", table, "in1");
            s.disconnect(List.of(s.document().connections.get(0)));
            String note = s.addComment(10, 300, "why");
            String group = s.group(List.of(price, ma), "Smoothing").orElseThrow();
            s.setGroupCollapsed(group, true);
            s.removeComment(note);
            s.undo();
            journal.flush().get(10, TimeUnit.SECONDS);
        }

        OpenedCanvas reopened = canvases.open(canvas.id());

        NativeCodec codec = new NativeCodec();
        assertThat(reopened.recovered()).isTrue();
        assertThat(sorted(codec, reopened.document())).isEqualTo(sorted(codec, s.document()));
    }

    @Test
    void saveAndAutosaveMakeVersionsOnlyWhenSomethingChanged() throws Exception {
        EditSession s = new EditSession(canvases.open(canvas.id()).document(), REGISTRY);
        try (EditJournal journal = new EditJournal(canvases)) {
            SessionJournal journaled = SessionJournal.attach(s, canvas.id(), journal);
            Autosave autosave = new Autosave(() -> List.of(journaled), Runnable::run, Duration.ofMinutes(5));

            s.addModule("abs", 0, 0);
            assertThat(journaled.hasUnsavedChanges()).isTrue();
            autosave.checkpointChanged();
            autosave.checkpointChanged();
            s.addModule("add", 0, 100);
            Optional<VersionInfo> saved = journaled.save().get(10, TimeUnit.SECONDS);
            autosave.checkpointChanged();
            journal.flush().get(10, TimeUnit.SECONDS);

            assertThat(saved).map(VersionInfo::summary).contains("added 1 module (Add)");
            assertThat(journaled.hasUnsavedChanges()).isFalse();
            autosave.close();
        }
        assertThat(new VersionHistory(canvases).versions(canvas.id())).extracting(VersionInfo::kind)
            .containsExactly(VersionKind.SAVE, VersionKind.AUTOSAVE, VersionKind.CREATE);
        assertThat(canvases.open(canvas.id()).recovered()).isFalse();
    }

    @Test
    void autosaveOnItsTimerCheckpointsAChangedCanvas() throws Exception {
        EditSession s = new EditSession(canvases.open(canvas.id()).document(), REGISTRY);
        try (EditJournal journal = new EditJournal(canvases)) {
            SessionJournal journaled = SessionJournal.attach(s, canvas.id(), journal);
            s.addModule("abs", 0, 0);
            try (Autosave autosave = new Autosave(() -> List.of(journaled), Runnable::run, Duration.ofMillis(100))) {
                autosave.start();
                VersionHistory history = new VersionHistory(canvases);
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (history.versions(canvas.id()).size() < 2 && System.nanoTime() < giveUp) {
                    Thread.sleep(20);
                }
                assertThat(history.versions(canvas.id())).first().extracting(VersionInfo::kind)
                    .isEqualTo(VersionKind.AUTOSAVE);
            }
        }
    }

    /** The document's JSON with modules in hash order (undo may put a module back at another index). */
    private static String sorted(NativeCodec codec, CanvasDocument doc) {
        CanvasDocument copy = doc.copy();
        copy.modules.sort(java.util.Comparator.comparingInt(m -> m.hash));
        copy.connections.sort(java.util.Comparator.comparing(Object::toString));
        copy.ui.modules = new java.util.TreeMap<>(copy.ui.modules);
        copy.id = null;
        copy.name = null;
        return codec.write(copy);
    }
}
