package dev.rivulet.canvas.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrangeTest {
    private final Map<Integer, Rect> boxes = new LinkedHashMap<>();

    ArrangeTest() {
        boxes.put(1, new Rect(10, 0, 100, 40));
        boxes.put(2, new Rect(300, 50, 60, 80));
        boxes.put(3, new Rect(120, 200, 140, 20));
    }

    @Test
    void alignsLeftRightAndCentresOnTheSelectionBounds() {
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_LEFT, boxes).values()).allSatisfy(p -> assertThat(p[0]).isEqualTo(10));
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_RIGHT, boxes).get(2)).containsExactly(300, 50);
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_RIGHT, boxes).get(1)).containsExactly(260, 0);
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_CENTER, boxes).get(3)).containsExactly(115, 200);
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_BOTTOM, boxes).get(1)).containsExactly(10, 180);
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_MIDDLE, boxes).get(3)).containsExactly(120, 100);
    }

    @Test
    void distributesWithEqualGapsKeepingTheOutermostBoxes() {
        Map<Integer, double[]> to = Arrange.apply(Arrange.Kind.DISTRIBUTE_HORIZONTALLY, boxes);
        // span 10..360 holds 300 of width: two gaps of 25
        assertThat(to.get(1)).containsExactly(10, 0);
        assertThat(to.get(3)).containsExactly(135, 200);
        assertThat(to.get(2)).containsExactly(300, 50);
    }

    @Test
    void needsTwoBoxesToAlignAndThreeToDistribute() {
        Map<Integer, Rect> one = Map.of(1, new Rect(0, 0, 10, 10));
        assertThat(Arrange.apply(Arrange.Kind.ALIGN_LEFT, one)).isEmpty();
        Map<Integer, Rect> two = new LinkedHashMap<>(boxes);
        two.remove(3);
        assertThat(Arrange.apply(Arrange.Kind.DISTRIBUTE_VERTICALLY, two)).isEmpty();
    }
}
