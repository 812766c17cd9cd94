package dev.rivulet.canvas.raster;

/**
 * A small software rasterizer for what the canvas paints under its module nodes: an opaque background, axis-aligned
 * rectangles, anti-aliased discs, and anti-aliased lines and Bézier curves of any width. Pixels are premultiplied
 * ARGB ints in an array that a JavaFX {@code PixelBuffer} can show without copying.
 *
 * <p>Why not a JavaFX Canvas: under the software pipeline a Canvas rasterizes each stroke with Marlin at 8 sub-pixel
 * rows per pixel, which for a few hundred long wires costs tens of milliseconds a frame. Thin lines need far less:
 * one pass along each segment with exact vertical (or horizontal) coverage is enough for good anti-aliasing, and costs
 * time in proportion to the pixels actually touched. Pure Java, no JavaFX, so it is unit-tested directly.
 *
 * <p>Usage: {@code Raster r = new Raster(w, h); r.fill(bg); r.curve(x1, y1, cx1, cy1, cx2, cy2, x2, y2, 1.8, argb);}
 */
public final class Raster {
    private final int width;
    private final int height;
    private final int[] pixels;

    public Raster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row (premultiplied ARGB); shared, not copied. */
    public int[] pixels() {
        return pixels;
    }

    public int get(int x, int y) {
        return pixels[y * width + x];
    }

    /** Copies another raster of the same size into this one. */
    public void copyFrom(Raster other) {
        System.arraycopy(other.pixels, 0, pixels, 0, Math.min(pixels.length, other.pixels.length));
    }

    /** Copies a rectangle (clipped) of another raster of the same size into the same place in this one. */
    public void copyFrom(Raster other, int x, int y, int w, int h) {
        int x0 = clampX(x);
        int x1 = clampX(x + w);
        int y0 = clampY(y);
        int y1 = clampY(y + h);
        for (int row = y0; row < y1; row++) {
            System.arraycopy(other.pixels, row * width + x0, pixels, row * width + x0, x1 - x0);
        }
    }

    public void fill(int argb) {
        java.util.Arrays.fill(pixels, argb | 0xFF000000);
    }

    /** Fills an axis-aligned rectangle (pixel edges rounded) with an opaque colour. */
    public void fillRect(double x, double y, double w, double h, int argb) {
        int x0 = clampX((int) Math.round(x));
        int x1 = clampX((int) Math.round(x + w));
        int y0 = clampY((int) Math.round(y));
        int y1 = clampY((int) Math.round(y + h));
        int c = argb | 0xFF000000;
        for (int row = y0; row < y1; row++) {
            int base = row * width;
            java.util.Arrays.fill(pixels, base + x0, base + x1, c);
        }
    }

    /** Outlines an axis-aligned rectangle with lines of the given width. */
    public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        fillRect(x, y, w, lineWidth, argb);
        fillRect(x, y + h - lineWidth, w, lineWidth, argb);
        fillRect(x, y, lineWidth, h, argb);
        fillRect(x + w - lineWidth, y, lineWidth, h, argb);
    }

    /** An anti-aliased disc. */
    public void fillCircle(double cx, double cy, double r, int argb) {
        int x0 = clampX((int) Math.floor(cx - r - 1));
        int x1 = clampX((int) Math.ceil(cx + r + 1));
        int y0 = clampY((int) Math.floor(cy - r - 1));
        int y1 = clampY((int) Math.ceil(cy + r + 1));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                blend(x, y, argb, r + 0.5 - d);
            }
        }
    }

    /**
     * A cubic Bézier curve, flattened into segments of about eight pixels. Control points far outside the raster are
     * fine: segments that miss it cost a bounds check each.
     */
    public void curve(double x0, double y0, double cx1, double cy1, double cx2, double cy2, double x3, double y3,
                      double lineWidth, int argb) {
        double net = Math.hypot(cx1 - x0, cy1 - y0) + Math.hypot(cx2 - cx1, cy2 - cy1) + Math.hypot(x3 - cx2, y3 - cy2);
        int n = (int) Math.max(2, Math.min(256, Math.ceil(net / 8)));
        double px = x0;
        double py = y0;
        for (int i = 1; i <= n; i++) {
            double t = (double) i / n;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            double x = a * x0 + b * cx1 + c * cx2 + d * x3;
            double y = a * y0 + b * cy1 + c * cy2 + d * y3;
            segment(px, py, x, y, lineWidth, argb, i == n);
            px = x;
            py = y;
        }
    }

    /** A straight anti-aliased line. */
    public void line(double x0, double y0, double x1, double y1, double lineWidth, int argb) {
        segment(x0, y0, x1, y1, lineWidth, argb, true);
    }

    /**
     * One segment, walked along its major axis one pixel column (or row) at a time; each pixel across it gets the
     * exact share of its height (or width) that the line's cross-section covers. Each segment covers its start
     * column and not its end column (unless it is the last), so joined segments do not paint a pixel twice.
     */
    private void segment(double x0, double y0, double x1, double y1, double lineWidth, int argb, boolean last) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double half = Math.max(0.5, lineWidth / 2);
        if (Math.min(x0, x1) > width + half || Math.max(x0, x1) < -half
            || Math.min(y0, y1) > height + half || Math.max(y0, y1) < -half) {
            return;
        }
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (dx < 0) {
                walkX(x1, y1, x0, y0, half, argb, true, last);
            } else {
                walkX(x0, y0, x1, y1, half, argb, last, true);
            }
        } else {
            if (dy < 0) {
                walkY(x1, y1, x0, y0, half, argb, true, last);
            } else {
                walkY(x0, y0, x1, y1, half, argb, last, true);
            }
        }
    }

    private void walkX(double x0, double y0, double x1, double y1, double half, int argb, boolean inclEnd,
                       boolean inclStart) {
        double slope = x1 == x0 ? 0 : (y1 - y0) / (x1 - x0);
        double h = half * Math.sqrt(1 + slope * slope);
        int start = (int) Math.floor(x0);
        int end = (int) Math.floor(x1);
        if (!inclStart) {
            start++;
        }
        if (!inclEnd) {
            end--;
        }
        start = Math.max(start, 0);
        end = Math.min(end, width - 1);
        for (int x = start; x <= end; x++) {
            double yc = y0 + (x + 0.5 - x0) * slope;
            int top = Math.max(0, (int) Math.floor(yc - h));
            int bottom = Math.min(height - 1, (int) Math.floor(yc + h));
            for (int y = top; y <= bottom; y++) {
                double cover = Math.min(y + 1, yc + h) - Math.max(y, yc - h);
                blend(x, y, argb, cover);
            }
        }
    }

    private void walkY(double x0, double y0, double x1, double y1, double half, int argb, boolean inclEnd,
                       boolean inclStart) {
        double slope = y1 == y0 ? 0 : (x1 - x0) / (y1 - y0);
        double w = half * Math.sqrt(1 + slope * slope);
        int start = (int) Math.floor(y0);
        int end = (int) Math.floor(y1);
        if (!inclStart) {
            start++;
        }
        if (!inclEnd) {
            end--;
        }
        start = Math.max(start, 0);
        end = Math.min(end, height - 1);
        for (int y = start; y <= end; y++) {
            double xc = x0 + (y + 0.5 - y0) * slope;
            int left = Math.max(0, (int) Math.floor(xc - w));
            int right = Math.min(width - 1, (int) Math.floor(xc + w));
            for (int x = left; x <= right; x++) {
                double cover = Math.min(x + 1, xc + w) - Math.max(x, xc - w);
                blend(x, y, argb, cover);
            }
        }
    }

    /** Paints an opaque colour over a pixel with the given coverage (clamped to 0..1). */
    private void blend(int x, int y, int argb, double coverage) {
        if (coverage <= 0) {
            return;
        }
        int i = y * width + x;
        if (coverage >= 1) {
            pixels[i] = argb | 0xFF000000;
            return;
        }
        int a = (int) (coverage * 256);
        int na = 256 - a;
        int d = pixels[i];
        int r = (((argb >> 16) & 0xFF) * a + ((d >> 16) & 0xFF) * na) >> 8;
        int g = (((argb >> 8) & 0xFF) * a + ((d >> 8) & 0xFF) * na) >> 8;
        int b = ((argb & 0xFF) * a + (d & 0xFF) * na) >> 8;
        pixels[i] = 0xFF000000 | r << 16 | g << 8 | b;
    }

    private int clampX(int x) {
        return Math.max(0, Math.min(width, x));
    }

    private int clampY(int y) {
        return Math.max(0, Math.min(height, y));
    }
}
