package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.document.CanvasDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionHistoryTest {
    @TempDir
    Path dir;

    @Test
    void listsVersionsNewestFirstReadsAnOldOneAndRestoresItAsANewVersion() {
        CanvasRepository canvases = Workspaces.repository(dir);
        VersionHistory history = new VersionHistory(canvases);
        CanvasSummary c = canvases.create("History", Workspaces.smallCanvas(), VersionKind.CREATE);
        CanvasDocument doc = canvases.open(c.id()).document();
        doc.module(2).orElseThrow().param("windowLength").orElseThrow().value = 20;
        canvases.save(c.id(), doc, VersionKind.SAVE);
        Workspaces.add(doc, "table", 3, 400, 0);
        canvases.save(c.id(), doc, VersionKind.AUTOSAVE);

        assertThat(history.versions(c.id())).extracting(VersionInfo::version, VersionInfo::kind, VersionInfo::summary)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, VersionKind.AUTOSAVE, "added 1 module (Table)"),
                org.assertj.core.groups.Tuple.tuple(2, VersionKind.SAVE,
                    "changed param windowLength of MovingAverage"),
                org.assertj.core.groups.Tuple.tuple(1, VersionKind.CREATE, "created with 2 modules and 1 connection"));
        assertThat(history.document(c.id(), 1).modules).hasSize(2);

        VersionInfo restored = history.restore(c.id(), 1).orElseThrow();

        assertThat(restored.version()).isEqualTo(4);
        assertThat(restored.kind()).isEqualTo(VersionKind.RESTORE);
        assertThat(restored.summary()).isEqualTo("restored version 1: removed 1 module (Table), "
            + "changed param windowLength of MovingAverage");
        assertThat(canvases.open(c.id()).document().modules).hasSize(2);
        assertThat(history.restore(c.id(), 4)).isEmpty();
        assertThatThrownBy(() -> history.document(c.id(), 9)).hasMessageContaining("has no version 9");
    }
}
