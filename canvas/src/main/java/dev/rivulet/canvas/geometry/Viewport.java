package dev.rivulet.canvas.geometry;

/**
 * Maps canvas coordinates to screen (view-local) coordinates: {@code screen = canvas * scale + translate}. Zooming
 * keeps the canvas point under the cursor where it is. Pure arithmetic, shared by rendering and hit testing.
 *
 * <p>Usage: {@code viewport.zoomAt(mouseX, mouseY, 1.1); Rect visible = viewport.visible(width, height);}
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 4;

    private double scale = 1;
    private double translateX;
    private double translateY;

    public double scale() {
        return scale;
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    public void set(double scale, double translateX, double translateY) {
        this.scale = clamp(scale);
        this.translateX = translateX;
        this.translateY = translateY;
    }

    public void panBy(double dx, double dy) {
        translateX += dx;
        translateY += dy;
    }

    /** Multiplies the scale by {@code factor} (clamped), keeping the canvas point under (sx, sy) in place. */
    public void zoomAt(double sx, double sy, double factor) {
        double next = clamp(scale * factor);
        double cx = toCanvasX(sx);
        double cy = toCanvasY(sy);
        scale = next;
        translateX = sx - cx * scale;
        translateY = sy - cy * scale;
    }

    public double toCanvasX(double sx) {
        return (sx - translateX) / scale;
    }

    public double toCanvasY(double sy) {
        return (sy - translateY) / scale;
    }

    public double toScreenX(double cx) {
        return cx * scale + translateX;
    }

    public double toScreenY(double cy) {
        return cy * scale + translateY;
    }

    /** The part of the canvas a view of this size shows, in canvas units. */
    public Rect visible(double width, double height) {
        return new Rect(toCanvasX(0), toCanvasY(0), width / scale, height / scale);
    }

    /** The scale {@link #set} would keep for the requested one (clamped to the allowed range). */
    public double scaleFor(double requested) {
        return clamp(requested);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
