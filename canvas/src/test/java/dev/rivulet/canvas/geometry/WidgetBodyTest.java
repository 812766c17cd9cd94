package dev.rivulet.canvas.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import org.junit.jupiter.api.Test;

/** Room for a widget under a module's ports, and the wire hit test. */
class WidgetBodyTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @Test
    void aWidgetBodyGivesADefaultSizeAndAFloorForResizes() {
        EditSession s = new EditSession(new CanvasDocument(), REGISTRY);
        int label = s.addModule("label", 0, 0);
        var node = s.module(label).orElseThrow();
        ModuleGeometry.Body body = new ModuleGeometry.Body(200, 80, 30);

        ModuleGeometry natural = ModuleGeometry.of(node, s.layoutOf(label), body);
        assertThat(natural.width()).isEqualTo(200);
        assertThat(natural.height()).isEqualTo(natural.bodyTop() + 80);
        assertThat(natural.bodyTop()).isEqualTo(ModuleGeometry.of(node, null).height());

        ModuleLayout small = new ModuleLayout(0, 0);
        small.height = 1.0;
        assertThat(ModuleGeometry.of(node, small, body).height()).isEqualTo(natural.bodyTop() + 30);
        small.height = 500.0;
        assertThat(ModuleGeometry.of(node, small, body).height()).isEqualTo(500);
    }

    @Test
    void aClickNearAWireFindsItAndOneFarAwayDoesNot() {
        EditSession s = new EditSession(new CanvasDocument(), REGISTRY);
        int constant = s.addModule("constant", 0, 0);
        int abs = s.addModule("abs", 400, 200);
        s.connect(constant, "out", abs, "in");
        CanvasIndex index = new CanvasIndex(s.document());
        CanvasIndex.Wire w = index.wires().get(0);
        double x1 = index.x(w.from()) + w.from().geometry().width();
        double y1 = index.y(w.from()) + w.out().y();
        double x2 = index.x(w.to());
        double y2 = index.y(w.to()) + w.in().y();

        assertThat(index.wireAt((x1 + x2) / 2, (y1 + y2) / 2 + 3, 6)).isSameAs(w);
        assertThat(index.wireAt((x1 + x2) / 2, y1 - 80, 6)).isNull();
    }
}
