package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import org.junit.jupiter.api.Test;

class CanvasDeltaTest {
    private final WorkspaceJson json = new WorkspaceJson();
    private final DeltaCodec codec = new DeltaCodec(json);

    private CanvasDelta roundTrip(CanvasDelta delta) {
        return codec.read(codec.write(delta), "test");
    }

    @Test
    void aModuleAddedAndRemovedInOneBurstLeavesNothingAndTakesItsWiresAlong() {
        CanvasDocument doc = Workspaces.smallCanvas();
        CanvasDocument edited = doc.copy();
        ModuleNode abs = Workspaces.add(edited, "abs", 3, 0, 100);
        ConnectionNode wire = Workspaces.connect(edited, 1, "out", 3, "in");

        CanvasDelta burst = new CanvasDelta().upsertModule(abs.copy(), edited.ui.of(3).copy())
            .merge(new CanvasDelta().addConnection(wire.copy()))
            .merge(new CanvasDelta().removeModule(3));
        CanvasDocument result = roundTrip(burst).applyTo(doc.copy());

        assertThat(result.modules).extracting(m -> m.hash).containsExactly(1, 2);
        assertThat(result.connections).extracting(Object::toString).containsExactly("1.out -> 2.in");
        assertThat(result.ui.of(3)).isNull();
    }

    @Test
    void aConnectionRemovedAndAddedAgainEndsUpPresentWithItsLastFlags() {
        CanvasDocument doc = Workspaces.smallCanvas();
        ConnectionNode again = new ConnectionNode(1, "out", 2, "in");
        again.feedback = true;

        CanvasDelta burst = new CanvasDelta().removeConnection(doc.connections.get(0).copy())
            .merge(new CanvasDelta().addConnection(again));
        CanvasDocument result = roundTrip(burst).applyTo(doc.copy());

        assertThat(result.connections).singleElement().satisfies(c -> assertThat(c.feedback).isTrue());
    }

    @Test
    void aWholeDocumentReplacesEverythingBeforeItAndLaterChangesApplyOnTop() {
        CanvasDocument replacement = new CanvasDocument();
        Workspaces.add(replacement, "table", 9, 0, 0);
        ModuleNode moved = replacement.module(9).orElseThrow().copy();

        CanvasDelta burst = new CanvasDelta().removeModule(1)
            .merge(new CanvasDelta().replaceDocument(replacement))
            .merge(new CanvasDelta().upsertModule(moved, new dev.rivulet.document.CanvasLayout.ModuleLayout(50, 60)));
        CanvasDocument result = roundTrip(burst).applyTo(Workspaces.smallCanvas());

        assertThat(result.modules).extracting(m -> m.hash).containsExactly(9);
        assertThat(result.ui.of(9).x).isEqualTo(50.0);
    }

    @Test
    void anEntryOfAnUnknownFormatIsRefusedWithItsSource() {
        assertThatThrownBy(() -> codec.read("{\"format\": 2, \"modules\": []}", "journal entry 7"))
            .isInstanceOf(WorkspaceException.class).hasMessage("journal entry 7: journal entry format 2 is not supported");
        assertThatThrownBy(() -> codec.read("{\"format\": 1, \"modules\": [{\"hash\": 1, \"node\": 5}]}", "entry 8"))
            .isInstanceOf(WorkspaceException.class).hasMessageContaining("entry 8: unreadable journal entry");
    }
}
