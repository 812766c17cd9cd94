package dev.rivulet.canvas.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFormatException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits the workspace needs beyond the control's own gestures: wire-drop adds, arranged moves, options, clips, find. */
class SessionAdditionsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private final CanvasDocument doc = new CanvasDocument();
    private final EditSession s = new EditSession(doc, REGISTRY);

    @Test
    void addsAModuleWiredToTheDroppedOutputAsOneCommand() {
        int c = s.addModule("constant", 0, 0);
        int abs = s.addModuleConnected("abs", 200, 0, c, "out");
        assertThat(doc.connections).singleElement().hasToString(c + ".out -> " + abs + ".in");
        assertThat(s.undoDescription()).contains("Add Abs connected to out");
        s.undo();
        assertThat(doc.modules).hasSize(1);
        assertThat(doc.connections).isEmpty();
        s.redo();
        assertThat(doc.connections).hasSize(1);
    }

    @Test
    void addsUnwiredWhenNoInputTakesTheOutput() {
        int text = s.addModule("constant-text", 0, 0);
        assertThat(s.firstCompatibleInput("abs", text, "out")).isEmpty();
        s.addModuleConnected("abs", 200, 0, text, "out");
        assertThat(doc.modules).hasSize(2);
        assertThat(doc.connections).isEmpty();
    }

    @Test
    void movesModulesToPositionsUnderOneNamedCommand() {
        int a = s.addModule("abs", 0, 0);
        int b = s.addModule("abs", 50, 90);
        assertThat(s.moveModulesTo(Map.of(a, new double[] {10, 10}, b, new double[] {50, 90}), "Align left").done())
            .isTrue();
        assertThat(s.undoDescription()).contains("Align left");
        assertThat(doc.ui.of(a).x).isEqualTo(10);
        s.undo();
        assertThat(doc.ui.of(a).x).isEqualTo(0);
        assertThat(s.moveModulesTo(Map.of(b, new double[] {50, 90}), "Nothing").done()).isFalse();
    }

    @Test
    void pinsModulesAsOneCommandKeptInTheLayout() {
        int a = s.addModule("abs", 0, 0);
        int b = s.addModule("abs", 0, 100);
        assertThat(s.setPinned(java.util.List.of(a, b), true).done()).isTrue();
        assertThat(s.isPinned(a) && s.isPinned(b)).isTrue();
        assertThat(doc.ui.of(a).extra("pinned")).isEqualTo(Boolean.TRUE);
        assertThat(s.undoDescription()).contains("Pin 2 modules");
        assertThat(s.setPinned(java.util.List.of(a), true).done()).isFalse();
        s.undo();
        assertThat(s.isPinned(a)).isFalse();
    }

    @Test
    void setsAnOptionUndoably() {
        int table = s.addModule("table", 0, 0);
        String option = REGISTRY.instantiate(doc.module(table).orElseThrow(), new java.util.ArrayList<>()).options()
            .keySet().iterator().next();
        assertThat(s.setOption(table, option, 7.0).done()).isTrue();
        assertThat(doc.module(table).orElseThrow().optionValue(option, null)).isEqualTo(7.0);
        s.undo();
        assertThat(doc.module(table).orElseThrow().optionValue(option, null)).isNotEqualTo(7.0);
        assertThat(s.setOption(table, "no-such-option", 1).done()).isFalse();
    }

    @Test
    void clipsTravelAsCanvasJsonAndNonCanvasTextIsRefused() throws Exception {
        int c = s.addModule("constant", 0, 0);
        int abs = s.addModule("abs", 200, 0);
        s.connect(c, "out", abs, "in");
        ClipCodec codec = new ClipCodec(REGISTRY);
        CanvasClip back = codec.read(codec.write(s.copy(java.util.List.of(c, abs))));
        assertThat(back.modules()).hasSize(2);
        assertThat(back.connections()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.read("hello"))
            .isInstanceOf(CanvasFormatException.class).hasMessageContaining("clipboard");
    }

    @Test
    void findsModulesByNameTypeAndParameterValueNamesFirst() {
        int c = s.addModule("constant", 0, 0);
        s.setParameter(c, "constant", 1234.5);
        int abs = s.addModule("abs", 0, 0);
        s.rename(abs, "Constant magnitude");
        assertThat(CanvasSearch.find(doc, "constant")).containsExactly(c, abs);
        assertThat(CanvasSearch.find(doc, "1234")).containsExactly(c);
        assertThat(CanvasSearch.find(doc, "ABS")).containsExactly(abs);
        assertThat(CanvasSearch.find(doc, " ")).isEmpty();
    }
}
