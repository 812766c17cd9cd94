package dev.rivulet.canvas.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CanvasIndexTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private EditSession session;
    private CanvasIndex index;
    private int constant;
    private int abs;

    @BeforeEach
    void canvas() {
        session = new EditSession(new CanvasDocument(), REGISTRY);
        constant = session.addModule("constant", 0, 0);
        abs = session.addModule("abs", 300, 100);
        index = new CanvasIndex(session.document());
        session.addListener(edit -> index.apply(edit.changes()));
    }

    @Test
    void followsEditsIncrementally() {
        int third = session.addModule("abs", 600, 0);
        assertThat(index.size()).isEqualTo(3);
        session.moveModules(List.of(third), 10, 20);
        assertThat(index.x(index.module(third))).isEqualTo(610);
        session.removeModules(List.of(third));
        assertThat(index.module(third)).isNull();
    }

    @Test
    void resolvesWireEndsAndTheirType() {
        session.connect(constant, "out", abs, "in");

        assertThat(index.wires()).singleElement().satisfies(w -> {
            assertThat(w.from().hash()).isEqualTo(constant);
            assertThat(w.in().name()).isEqualTo("in");
            assertThat(w.type()).isEqualTo(DataType.DOUBLE);
        });
        session.undo();
        assertThat(index.wires()).isEmpty();
    }

    @Test
    void hitTestsModulesAndPortsByGeometry() {
        ModuleGeometry g = index.module(abs).geometry();
        assertThat(index.moduleAt(300 + g.width() / 2, 105).hash()).isEqualTo(abs);
        assertThat(index.moduleAt(250, 105)).isNull();

        CanvasIndex.PortHit in = index.portAt(301, 100 + g.left("in").y() + 2, 6);
        assertThat(in).isEqualTo(new CanvasIndex.PortHit(abs, "in", false));
        CanvasIndex.PortHit out = index.portAt(300 + g.width(), 100 + g.right("out").y(), 6);
        assertThat(out).isEqualTo(new CanvasIndex.PortHit(abs, "out", true));
        assertThat(index.portAt(200, 200, 6)).isNull();
    }

    @Test
    void marqueeFindsModulesItTouches() {
        assertThat(index.modulesIn(Rect.spanning(-10, -10, 50, 50))).containsExactly(constant);
        assertThat(index.modulesIn(Rect.spanning(-10, -10, 900, 900))).containsExactly(constant, abs);
    }

    @Test
    void dragOffsetsMoveModulesUntilCleared() {
        assertThat(index.drag(Set.of(abs), 15, -5)).isTrue();
        assertThat(index.drag(Set.of(abs), 20, -5)).isFalse();
        assertThat(index.x(index.module(abs))).isEqualTo(320);
        assertThat(index.dragged(index.module(constant))).isFalse();

        index.clearDrag();
        assertThat(index.dragging()).isFalse();
        assertThat(index.x(index.module(abs))).isEqualTo(300);
    }
}
