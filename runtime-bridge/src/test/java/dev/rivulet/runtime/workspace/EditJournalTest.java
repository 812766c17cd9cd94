package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditJournalTest {
    @TempDir
    Path dir;

    @Test
    void journaledEditsAreAppliedWhenTheCanvasIsOpenedAgainWithoutASave() throws Exception {
        CanvasRepository canvases = Workspaces.repository(dir);
        CanvasSummary c = canvases.create("Crashy", Workspaces.smallCanvas(), VersionKind.CREATE);
        CanvasDocument doc = canvases.open(c.id()).document();
        List<EditJournal.BatchStats> batches = new CopyOnWriteArrayList<>();
        EditJournal journal = new EditJournal(canvases, Duration.ofMillis(200), batches::add);

        ModuleNode table = Workspaces.add(doc, "table", 3, 400, 0);
        journal.append(c.id(), new CanvasDelta().upsertModule(table.copy(), doc.ui.of(3).copy()));
        ConnectionNode wire = Workspaces.connect(doc, 2, "out", 3, "in1");
        journal.append(c.id(), new CanvasDelta().addConnection(wire.copy()));
        ConnectionNode old = doc.connections.remove(0);
        doc.modules.removeIf(m -> m.hash == 1);
        doc.ui.modules.remove("1");
        journal.append(c.id(), new CanvasDelta().removeConnection(old.copy()).removeModule(1));
        doc.module(2).orElseThrow().param("windowLength").orElseThrow().value = 30;
        doc.ui.of(2).y = 77;
        journal.append(c.id(), new CanvasDelta().upsertModule(doc.module(2).orElseThrow().copy(),
            doc.ui.of(2).copy()));
        journal.flush().get(10, TimeUnit.SECONDS);

        OpenedCanvas reopened = Workspaces.repository(dir).open(c.id());

        assertThat(reopened.recovered()).isTrue();
        assertThat(reopened.recoveryMessage()).contains("Recovered unsaved edits to \"Crashy\"");
        assertThat(new NativeJson().write(reopened.document())).isEqualTo(new NativeJson().write(doc));
        assertThat(batches).isNotEmpty();
        assertThat(batches.stream().mapToInt(EditJournal.BatchStats::deltas).sum()).isEqualTo(4);
        journal.close();
    }

    @Test
    void aBurstOfEditsBecomesOneJournalRow() throws Exception {
        CanvasRepository canvases = Workspaces.repository(dir);
        CanvasSummary c = canvases.create("Burst", new CanvasDocument(), VersionKind.CREATE);
        List<EditJournal.BatchStats> batches = new CopyOnWriteArrayList<>();
        EditJournal journal = new EditJournal(canvases, Duration.ofSeconds(5), batches::add);
        CanvasDocument doc = new CanvasDocument();

        for (int i = 1; i <= 50; i++) {
            ModuleNode m = Workspaces.add(doc, "constant", i, i, 0);
            journal.append(c.id(), new CanvasDelta().upsertModule(m.copy(), doc.ui.of(i).copy()));
        }
        journal.close();

        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.deltas()).isEqualTo(50);
            assertThat(b.rows()).isEqualTo(1);
        });
        assertThat(canvases.open(c.id()).document().modules).hasSize(50);
    }

    @Test
    void aCheckpointSavesAVersionAndCompactsTheJournal() throws Exception {
        CanvasRepository canvases = Workspaces.repository(dir);
        CanvasSummary c = canvases.create("Checkpoints", Workspaces.smallCanvas(), VersionKind.CREATE);
        CanvasDocument doc = canvases.open(c.id()).document();
        try (EditJournal journal = new EditJournal(canvases)) {
            ModuleNode abs = Workspaces.add(doc, "abs", 3, 0, 300);
            journal.append(c.id(), new CanvasDelta().upsertModule(abs.copy(), doc.ui.of(3).copy()));

            VersionInfo v = journal.checkpoint(c.id(), doc.copy(), VersionKind.AUTOSAVE).get(10, TimeUnit.SECONDS)
                .orElseThrow();

            assertThat(v.summary()).isEqualTo("added 1 module (Abs)");
        }
        OpenedCanvas reopened = canvases.open(c.id());
        assertThat(reopened.recovered()).isFalse();
        assertThat(reopened.document().modules).hasSize(3);
    }

    @Test
    void editsAfterACheckpointStayInTheJournalAndBackToBackCheckpointsDiffAgainstEachOther() throws Exception {
        CanvasRepository canvases = Workspaces.repository(dir);
        CanvasSummary c = canvases.create("Ordering", new CanvasDocument(), VersionKind.CREATE);
        CanvasDocument doc = new CanvasDocument();
        java.util.concurrent.CompletableFuture<java.util.Optional<VersionInfo>> first;
        java.util.concurrent.CompletableFuture<java.util.Optional<VersionInfo>> second;
        java.util.concurrent.CompletableFuture<java.util.Optional<VersionInfo>> same;
        try (EditJournal journal = new EditJournal(canvases, Duration.ofMillis(50), s -> { })) {
            ModuleNode a = Workspaces.add(doc, "abs", 1, 0, 0);
            journal.append(c.id(), new CanvasDelta().upsertModule(a.copy(), doc.ui.of(1).copy()));
            first = journal.checkpoint(c.id(), doc.copy(), VersionKind.AUTOSAVE);
            ModuleNode b = Workspaces.add(doc, "add", 2, 0, 100);
            journal.append(c.id(), new CanvasDelta().upsertModule(b.copy(), doc.ui.of(2).copy()));
            second = journal.checkpoint(c.id(), doc.copy(), VersionKind.SAVE);
            same = journal.checkpoint(c.id(), doc.copy(), VersionKind.AUTOSAVE);
            ModuleNode t = Workspaces.add(doc, "table", 3, 0, 200);
            journal.append(c.id(), new CanvasDelta().upsertModule(t.copy(), doc.ui.of(3).copy()));
        }

        assertThat(first.get().orElseThrow().summary()).isEqualTo("added 1 module (Abs)");
        assertThat(second.get().orElseThrow().summary()).isEqualTo("added 1 module (Add)");
        assertThat(same.get()).isEmpty();
        OpenedCanvas reopened = canvases.open(c.id());
        assertThat(reopened.document().modules).extracting(m -> m.type).containsExactly("abs", "add", "table");
        assertThat(reopened.recoveredEdits()).isEqualTo(1);
    }

    @Test
    void editsOfADeletedCanvasAreDroppedAndDoNotBlockOthers() throws Exception {
        CanvasRepository canvases = Workspaces.repository(dir);
        CanvasSummary gone = canvases.create("Gone", new CanvasDocument(), VersionKind.CREATE);
        CanvasSummary kept = canvases.create("Kept", new CanvasDocument(), VersionKind.CREATE);
        canvases.delete(gone.id());
        CanvasDocument doc = new CanvasDocument();
        ModuleNode m = Workspaces.add(doc, "abs", 1, 0, 0);
        try (EditJournal journal = new EditJournal(canvases, Duration.ofMillis(200), s -> { })) {
            journal.append(gone.id(), new CanvasDelta().upsertModule(m.copy(), null));
            journal.flush().exceptionally(e -> null).get(10, TimeUnit.SECONDS);
            journal.append(kept.id(), new CanvasDelta().upsertModule(m.copy(), null));
            journal.flush().get(10, TimeUnit.SECONDS);
        }
        assertThat(canvases.open(kept.id()).document().modules).hasSize(1);
    }

    /** Compares documents by their stored JSON. */
    private static final class NativeJson {
        private final WorkspaceJson json = new WorkspaceJson();

        String write(CanvasDocument doc) {
            return json.write(doc);
        }
    }
}
