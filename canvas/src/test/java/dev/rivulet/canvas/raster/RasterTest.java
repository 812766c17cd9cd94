package dev.rivulet.canvas.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RasterTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    private Raster raster;

    @BeforeEach
    void white() {
        raster = new Raster(40, 30);
        raster.fill(WHITE);
    }

    @Test
    void aLineCentredOnAPixelRowCoversExactlyThatRow() {
        raster.line(2, 10.5, 30, 10.5, 1, BLACK);

        for (int x = 2; x < 30; x++) {
            assertThat(raster.get(x, 10)).isEqualTo(BLACK);
            assertThat(raster.get(x, 9)).isEqualTo(WHITE);
            assertThat(raster.get(x, 11)).isEqualTo(WHITE);
        }
    }

    @Test
    void aLineOnAPixelBoundarySharesItsCoverageBetweenTwoRows() {
        raster.line(2, 10, 30, 10, 1, BLACK);

        assertThat(grey(raster.get(15, 9))).isBetween(120, 135);
        assertThat(grey(raster.get(15, 10))).isBetween(120, 135);
    }

    @Test
    void joinedSegmentsOfACurveDoNotPaintAPixelTwice() {
        // a curve with collinear control points is a straight line flattened into many segments
        raster.curve(1, 10, 10, 10, 25, 10, 38, 10, 1, BLACK);

        int first = raster.get(5, 10);
        for (int x = 2; x < 37; x++) {
            assertThat(raster.get(x, 10)).as("pixel %d", x).isEqualTo(first);
        }
    }

    @Test
    void steepLinesAreWalkedAlongTheirMajorAxis() {
        raster.line(20.5, 1, 20.5, 28, 1, BLACK);

        for (int y = 1; y < 28; y++) {
            assertThat(raster.get(20, y)).isEqualTo(BLACK);
            assertThat(raster.get(19, y)).isEqualTo(WHITE);
        }
    }

    @Test
    void wideLinesCoverTheirWidth() {
        raster.line(2, 15, 30, 15, 4, BLACK);

        assertThat(raster.get(10, 13)).isEqualTo(BLACK);
        assertThat(raster.get(10, 16)).isEqualTo(BLACK);
        assertThat(raster.get(10, 12)).isEqualTo(WHITE);
        assertThat(raster.get(10, 17)).isEqualTo(WHITE);
    }

    @Test
    void shapesFarOutsideAreClippedWithoutErrors() {
        assertThatCode(() -> {
            raster.line(-1e6, 5, 1e6, 5.5, 2, BLACK);
            raster.curve(-500, -500, 900, -500, -900, 900, 500, 900, 3, BLACK);
            raster.fillRect(-10, -10, 100, 100, BLACK);
            raster.fillCircle(-3, -3, 5, BLACK);
        }).doesNotThrowAnyException();
        assertThat(raster.get(39, 29)).isEqualTo(BLACK);
    }

    @Test
    void fillRectRoundsToPixelEdgesAndStrokeRectLeavesTheInsideAlone() {
        raster.fillRect(4.4, 4.6, 3, 2, BLACK);
        assertThat(raster.get(4, 5)).isEqualTo(BLACK);
        assertThat(raster.get(6, 6)).isEqualTo(BLACK);
        assertThat(raster.get(7, 5)).isEqualTo(WHITE);

        raster.strokeRect(20, 10, 10, 10, 1, BLACK);
        assertThat(raster.get(20, 15)).isEqualTo(BLACK);
        assertThat(raster.get(25, 15)).isEqualTo(WHITE);
    }

    @Test
    void copiesAnotherRaster() {
        Raster other = new Raster(40, 30);
        other.fill(BLACK);
        raster.copyFrom(other);
        assertThat(raster.get(7, 7)).isEqualTo(BLACK);
    }

    @Test
    void copiesOnlyARectangleWhenAsked() {
        Raster other = new Raster(40, 30);
        other.fill(BLACK);
        raster.copyFrom(other, 10, 5, 5, 5);
        assertThat(raster.get(10, 5)).isEqualTo(BLACK);
        assertThat(raster.get(14, 9)).isEqualTo(BLACK);
        assertThat(raster.get(15, 9)).isEqualTo(WHITE);
        assertThat(raster.get(10, 10)).isEqualTo(WHITE);
        raster.copyFrom(other, 35, 25, 100, 100);
        assertThat(raster.get(39, 29)).isEqualTo(BLACK);
    }

    private static int grey(int argb) {
        return argb & 0xFF;
    }
}
