package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    @Test
    void summarizesAddedModulesRemovedConnectionsAndChangedParameters() {
        CanvasDocument before = Workspaces.smallCanvas();
        CanvasDocument after = before.copy();
        Workspaces.add(after, "add", 3, 0, 100);
        Workspaces.add(after, "table", 4, 0, 200);
        after.connections.clear();
        after.module(2).orElseThrow().param("windowLength").orElseThrow().value = 20;

        assertThat(DocumentDiff.summarize(before, after)).isEqualTo(
            "added 2 modules (Add, Table), removed 1 connection, changed param windowLength of MovingAverage");
    }

    @Test
    void summarizesRemovalsRenamesAndMoves() {
        CanvasDocument before = Workspaces.smallCanvas();
        CanvasDocument after = before.copy();
        after.modules.removeIf(m -> m.hash == 1);
        after.ui.modules.remove("1");
        after.connections.clear();
        after.module(2).orElseThrow().displayName = "Smooth";
        after.ui.of(2).x = 500;

        assertThat(DocumentDiff.summarize(before, after)).isEqualTo(
            "removed 1 module (Constant), removed 1 connection, renamed MovingAverage to Smooth, moved 1 module");
    }

    @Test
    void saysWhenNothingChangedAndDescribesAFirstVersion() {
        CanvasDocument doc = Workspaces.smallCanvas();

        assertThat(DocumentDiff.summarize(doc, doc.copy())).isEqualTo("no changes");
        assertThat(DocumentDiff.summarize(null, doc)).isEqualTo("created with 2 modules and 1 connection");
    }

    @Test
    void cutsLongListsOfNames() {
        CanvasDocument before = new CanvasDocument();
        CanvasDocument after = new CanvasDocument();
        for (int i = 1; i <= 5; i++) {
            Workspaces.add(after, "abs", i, 0, i * 10);
        }

        assertThat(DocumentDiff.summarize(before, after)).isEqualTo("added 5 modules (Abs, Abs, Abs, …)");
    }
}
