package dev.rivulet.canvas.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomingKeepsTheCanvasPointUnderTheCursor() {
        Viewport vp = new Viewport();
        vp.panBy(-100, 40);
        double cx = vp.toCanvasX(300);
        double cy = vp.toCanvasY(200);

        vp.zoomAt(300, 200, 1.7);

        assertThat(vp.scale()).isEqualTo(1.7);
        assertThat(vp.toCanvasX(300)).isCloseTo(cx, within(1e-9));
        assertThat(vp.toCanvasY(200)).isCloseTo(cy, within(1e-9));
    }

    @Test
    void scaleIsClamped() {
        Viewport vp = new Viewport();
        vp.zoomAt(0, 0, 1000);
        assertThat(vp.scale()).isEqualTo(Viewport.MAX_SCALE);
        vp.zoomAt(0, 0, 1e-6);
        assertThat(vp.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void visibleRectangleIsInCanvasUnits() {
        Viewport vp = new Viewport();
        vp.set(0.5, 100, 50);
        Rect r = vp.visible(800, 600);
        assertThat(r).isEqualTo(new Rect(-200, -100, 1600, 1200));
        assertThat(vp.toScreenX(r.x())).isEqualTo(0);
    }

    @Test
    void detailFallsWithTheScale() {
        assertThat(DetailLevel.at(1)).isEqualTo(DetailLevel.FULL);
        assertThat(DetailLevel.at(0.5)).isEqualTo(DetailLevel.COMPACT);
        assertThat(DetailLevel.at(0.1)).isEqualTo(DetailLevel.OVERVIEW);
    }
}
