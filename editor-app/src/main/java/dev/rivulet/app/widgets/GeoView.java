package dev.rivulet.app.widgets;

import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A zoomable, pannable world map on one canvas in Web Mercator (the slippy-map projection, so tiles line up): the
 * bundled country outlines, the configured tile server's tiles over them when there is one, and an overlay the widget
 * draws (markers, traces, heat). Drag to pan, wheel to zoom at the cursor. Zoom levels as in Leaflet: the world is
 * 256 × 2^zoom pixels wide.
 */
final class GeoView extends Region {
    private static final double MAX_LAT = 85.05112878;
    private final Canvas canvas = new Canvas();
    private final BaseMap base;
    private final TileLayer tiles;
    private final BiConsumer<GraphicsContext, GeoView> overlay;
    private final double minZoom;
    private final double maxZoom;
    private double centerLat;
    private double centerLng;
    private double zoom;
    private double pressX;
    private double pressY;
    private boolean touched;

    /** @param tileUrl tile server template ({z}/{x}/{y}), or blank for the bundled base map alone */
    GeoView(BaseMap base, String tileUrl, double centerLat, double centerLng, double zoom, double minZoom,
            double maxZoom, BiConsumer<GraphicsContext, GeoView> overlay) {
        this.base = base;
        this.overlay = overlay;
        this.minZoom = Math.max(0, minZoom);
        this.maxZoom = Math.max(this.minZoom, maxZoom);
        this.tiles = tileUrl == null || tileUrl.isBlank() ? null : new TileLayer(tileUrl.strip(), this::draw);
        this.centerLat = centerLat;
        this.centerLng = centerLng;
        this.zoom = clampZoom(zoom);
        getChildren().add(canvas);
        getStyleClass().add("widget-map");
        setMinSize(60, 60);
        setPrefSize(400, 260);
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnScroll(this::scroll);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private double clampZoom(double z) {
        return Math.max(minZoom, Math.min(maxZoom, z));
    }

    private double worldSize() {
        return 256 * Math.pow(2, zoom);
    }

    private static double mercatorY(double lat) {
        double l = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return (1 - Math.log(Math.tan(l) + 1 / Math.cos(l)) / Math.PI) / 2;
    }

    private static double latOf(double mercatorY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * mercatorY))));
    }

    /** Screen x of a longitude on this view. */
    double x(double lng) {
        return ((lng + 180) / 360 - (centerLng + 180) / 360) * worldSize() + canvas.getWidth() / 2;
    }

    /** Screen y of a latitude on this view. */
    double y(double lat) {
        return (mercatorY(lat) - mercatorY(centerLat)) * worldSize() + canvas.getHeight() / 2;
    }

    /** Shows the given box (degrees) as large as fits, within the zoom limits. */
    void fit(double south, double west, double north, double east) {
        centerLat = latOf((mercatorY(north) + mercatorY(south)) / 2);
        centerLng = (west + east) / 2;
        double w = Math.max(1e-9, (east - west) / 360);
        double h = Math.max(1e-9, Math.abs(mercatorY(south) - mercatorY(north)));
        double fit = Math.min(Math.log(Math.max(1, canvas.getWidth() - 40) / 256 / w),
            Math.log(Math.max(1, canvas.getHeight() - 40) / 256 / h)) / Math.log(2);
        zoom = clampZoom(Math.min(fit, 14));
        draw();
    }

    /** True once the user panned or zoomed (auto-zoom then leaves the view alone). */
    boolean touched() {
        return touched;
    }

    double zoom() {
        return zoom;
    }

    void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#d8e6f2"));
        g.fillRect(0, 0, w, h);
        if (w < 2 || h < 2) {
            return;
        }
        drawBase(g);
        if (tiles != null) {
            drawTiles(g, w, h);
        }
        overlay.accept(g, this);
    }

    private void drawBase(GraphicsContext g) {
        g.setFill(Color.web("#f4f1ea"));
        g.setStroke(Color.web("#a8a29a"));
        g.setLineWidth(0.7);
        for (double[][] ring : base.rings()) {
            int n = ring[0].length;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x(ring[0][i]);
                ys[i] = y(ring[1][i]);
            }
            g.fillPolygon(xs, ys, n);
            g.strokePolygon(xs, ys, n);
        }
    }

    private void drawTiles(GraphicsContext g, double w, double h) {
        int z = (int) Math.max(0, Math.min(19, Math.round(zoom)));
        int count = 1 << z;
        double size = worldSize() / count;
        double originX = x(-180);
        double originY = (0 - mercatorY(centerLat)) * worldSize() + h / 2;
        int x0 = (int) Math.max(0, Math.floor(-originX / size));
        int y0 = (int) Math.max(0, Math.floor(-originY / size));
        int x1 = (int) Math.min(count - 1, Math.floor((w - originX) / size));
        int y1 = (int) Math.min(count - 1, Math.floor((h - originY) / size));
        for (int ty = y0; ty <= y1; ty++) {
            for (int tx = x0; tx <= x1; tx++) {
                Image t = tiles.tile(z, tx, ty);
                if (t != null) {
                    g.drawImage(t, originX + tx * size, originY + ty * size, size, size);
                }
            }
        }
    }

    private void press(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
    }

    private void drag(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        pressX = e.getX();
        pressY = e.getY();
        centerLng -= dx / worldSize() * 360;
        centerLat = latOf(Math.max(0, Math.min(1, mercatorY(centerLat) - dy / worldSize())));
        touched = true;
        draw();
    }

    private void scroll(ScrollEvent e) {
        double before = zoom;
        double next = clampZoom(zoom + (e.getDeltaY() > 0 ? 0.5 : -0.5));
        if (next == before) {
            return;
        }
        // keep the point under the cursor where it is
        double mx = (centerLng + 180) / 360 + (e.getX() - canvas.getWidth() / 2) / worldSize();
        double my = mercatorY(centerLat) + (e.getY() - canvas.getHeight() / 2) / worldSize();
        zoom = next;
        centerLng = (mx - (e.getX() - canvas.getWidth() / 2) / worldSize()) * 360 - 180;
        centerLat = latOf(my - (e.getY() - canvas.getHeight() / 2) / worldSize());
        touched = true;
        draw();
    }

    TileLayer tiles() {
        return tiles;
    }

    Canvas canvas() {
        return canvas;
    }
}
