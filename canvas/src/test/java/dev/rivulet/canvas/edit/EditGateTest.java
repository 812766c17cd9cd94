package dev.rivulet.canvas.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The edit gate of a running canvas: only parameter values pass, everything else is refused and changes nothing. */
class EditGateTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private EditSession session;
    private int constant;
    private int abs;

    @BeforeEach
    void canvas() {
        session = new EditSession(new CanvasDocument(), REGISTRY);
        constant = session.addModule("constant", 0, 0);
        abs = session.addModule("abs", 300, 100);
        session.setGate(c -> c instanceof ModuleStateCommand m && m.parameter().isPresent() ? Optional.empty()
            : Optional.of("running"));
    }

    @Test
    void refusesStructuralEditsWithTheGatesReasonAndChangesNothing() {
        long revision = session.revision();

        assertThat(session.connect(constant, "out", abs, "in").reason()).isEqualTo("running");
        assertThat(session.moveModules(List.of(abs), 10, 10).done()).isFalse();
        assertThat(session.removeModules(List.of(abs)).done()).isFalse();
        assertThat(session.rename(abs, "x").done()).isFalse();
        assertThat(session.addModule("abs", 0, 0)).isEqualTo(-1);
        assertThat(session.addModuleConnected("abs", 0, 0, constant, "out")).isEqualTo(-1);
        assertThat(session.resizeModule(abs, 300.0, 200.0).done()).isFalse();
        assertThat(session.undo()).isFalse();

        assertThat(session.revision()).isEqualTo(revision);
        assertThat(session.document().modules).hasSize(2);
        assertThat(session.document().connections).isEmpty();
    }

    @Test
    void letsParameterValuesThroughAndTheirUndoToo() {
        assertThat(session.setParameter(constant, "constant", 5.0).done()).isTrue();
        assertThat(session.module(constant).orElseThrow().paramValue("constant", null)).isEqualTo(5.0);
        assertThat(session.undo()).isTrue();
        assertThat(session.module(constant).orElseThrow().paramValue("constant", null)).isNotEqualTo(5.0);

        session.setGate(null);
        assertThat(session.connect(constant, "out", abs, "in").done()).isTrue();
    }

    @Test
    void runSettingsChangeAsOneUndoableStep() {
        session.setGate(null);
        dev.rivulet.document.CanvasSettings on = session.document().settings.copy();
        on.serializationEnabled = true;
        assertThat(session.setSettings(on, "Save state on").done()).isTrue();
        assertThat(session.document().settings.serializationEnabled).isTrue();
        on.serializationEnabled = false;
        assertThat(session.document().settings.serializationEnabled).isTrue();
        session.undo();
        assertThat(session.document().settings.serializationEnabled).isNull();
    }

    @Test
    void resizingIsOneUndoableStep() {
        session.setGate(null);
        assertThat(session.resizeModule(abs, 300.0, 200.0).done()).isTrue();
        assertThat(session.layoutOf(abs).width).isEqualTo(300.0);
        assertThat(session.undoDescription()).contains("Resize module");
        session.undo();
        assertThat(session.layoutOf(abs).width).isNull();
        assertThat(session.layoutOf(abs).height).isNull();
    }
}
