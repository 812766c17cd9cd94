package dev.rivulet.canvas.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.geometry.ModuleGeometry.PortSlot;
import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ModuleNode;
import org.junit.jupiter.api.Test;

class ModuleGeometryTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @Test
    void putsParametersThenInputsLeftAndOutputsRightOneRowApart() {
        ModuleNode ma = REGISTRY.newNode("moving-average", 1);

        ModuleGeometry g = ModuleGeometry.of(ma, null);

        assertThat(g.left()).extracting(PortSlot::name).containsExactly("windowLength", "windowType", "minSamples",
            "in");
        assertThat(g.left()).extracting(PortSlot::parameter).containsExactly(true, true, true, false);
        assertThat(g.right()).extracting(PortSlot::name).containsExactly("out");
        assertThat(g.left("in").y() - g.left("minSamples").y()).isEqualTo(ModuleGeometry.ROW);
        assertThat(g.right("out").y()).isEqualTo(g.left("windowLength").y());
        assertThat(g.left("windowLength").value()).isEqualTo("10");
        assertThat(g.left("in").type()).isEqualTo(DataType.DOUBLE);
        assertThat(g.height()).isEqualTo(ModuleGeometry.HEADER + 2 * ModuleGeometry.PAD + 4 * ModuleGeometry.ROW);
    }

    @Test
    void usesTheDisplayNameAsTitleAndTheSavedSizeWhenLarger() {
        ModuleNode chart = REGISTRY.newNode("chart", 2);
        chart.displayName = "Prices";
        ModuleLayout layout = new ModuleLayout(0, 0);
        layout.width = 400.0;
        layout.height = 300.0;

        ModuleGeometry g = ModuleGeometry.of(chart, layout);

        assertThat(g.title()).isEqualTo("Prices");
        assertThat(g.width()).isEqualTo(400);
        assertThat(g.height()).isEqualTo(300);
        assertThat(g.left("nope")).isNull();
    }

    @Test
    void widthStaysWithinBounds() {
        ModuleNode abs = REGISTRY.newNode("abs", 3);
        assertThat(ModuleGeometry.of(abs, null).width()).isEqualTo(ModuleGeometry.MIN_WIDTH);
        abs.displayName = "x".repeat(200);
        assertThat(ModuleGeometry.of(abs, null).width()).isEqualTo(ModuleGeometry.MAX_WIDTH);
    }
}
