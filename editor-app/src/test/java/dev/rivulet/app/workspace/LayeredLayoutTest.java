package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.geometry.Rect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void putsAChainInLayersFromLeftToRightKeepingTheTopLeftCorner() {
        Map<Integer, Rect> boxes = new LinkedHashMap<>();
        boxes.put(3, new Rect(100, 100, 120, 60));
        boxes.put(1, new Rect(500, 40, 120, 60));
        boxes.put(2, new Rect(60, 300, 120, 60));
        Map<Integer, double[]> to = new LayeredLayout().layout(boxes,
            List.of(new LayeredLayout.Edge(1, 2), new LayeredLayout.Edge(2, 3), new LayeredLayout.Edge(9, 1)));

        assertThat(to).containsOnlyKeys(1, 2, 3);
        assertThat(to.get(1)[0]).isLessThan(to.get(2)[0]);
        assertThat(to.get(2)[0] - to.get(1)[0]).isGreaterThanOrEqualTo(120 + 60);
        assertThat(to.get(2)[0]).isLessThan(to.get(3)[0]);
        assertThat(to.values().stream().mapToDouble(p -> p[0]).min().orElseThrow()).isEqualTo(60);
        assertThat(to.values().stream().mapToDouble(p -> p[1]).min().orElseThrow()).isEqualTo(40);
    }

    @Test
    void nothingToLayOutGivesNothing() {
        assertThat(new LayeredLayout().layout(Map.of(), List.of())).isEmpty();
    }
}
