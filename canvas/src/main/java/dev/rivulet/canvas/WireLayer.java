package dev.rivulet.canvas;

import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.CanvasIndex.Wire;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.geometry.Viewport;
import dev.rivulet.canvas.raster.Raster;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.core.DataType;
import dev.rivulet.core.validation.Problem;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The one layer under the module nodes: background grid, every wire, the wire being drawn, and far out the module
 * boxes, painted by a {@link Raster} into a pixel buffer that an ImageView shows without copying. It is painted with a
 * margin around the view, so that a pan only moves the image; a change of the document, the selection or the zoom
 * repaints it once in the next frame. During a gesture, what stays put (background and the wires of modules not being
 * dragged) is kept in a second raster and copied, and only what moves (wires of dragged modules, the wire being
 * drawn) is painted on top each frame.
 */
final class WireLayer {
    /** Screen pixels painted beyond each edge of the view, so short pans need no repaint. */
    static final int MARGIN = 128;

    private final CanvasTheme theme;
    private final ImageView shown = new ImageView();
    private final Map<DataType, Integer> wireColours = new EnumMap<>(DataType.class);
    /** What the ImageView shows. */
    private Raster screen;
    /** During a gesture: the part that does not move. */
    private Raster still;
    /** Where the drawing helpers paint. */
    private Raster target;
    private boolean moving;
    private PixelBuffer<IntBuffer> buffer;
    private boolean stale = true;
    private double paintedScale = Double.NaN;
    private double paintedX;
    private double paintedY;
    private int paints;
    private int wiresPainted;
    private int stillWires;
    /** Scratch for a wire's end points (painting is single-threaded). */
    private final double[] ends = new double[4];

    /** The wire being dragged, in canvas units; {@code ok} false draws it as refused. */
    record Preview(double x1, double y1, double x2, double y2, DataType type, boolean ok) {
    }

    WireLayer(CanvasTheme theme) {
        this.theme = theme;
        shown.setManaged(false);
        shown.setSmooth(false);
        for (DataType t : DataType.values()) {
            wireColours.put(t, argb(theme.portColor(t)));
        }
    }

    ImageView node() {
        return shown;
    }

    /** Repaint at the next frame (the document, selection, problems or a gesture changed). */
    void invalidate() {
        stale = true;
    }

    /** Wires stroked in the last paint. */
    int wiresPainted() {
        return wiresPainted;
    }

    /** How many times the layer has been painted (it is only moved while panning). */
    int paints() {
        return paints;
    }

    /** The painted pixels, for tests. */
    Raster raster() {
        return screen;
    }

    void update(double w, double h, CanvasIndex index, Viewport vp, DetailLevel detail, Set<Integer> selected,
                Map<Integer, List<Problem>> problems, Preview preview) {
        int bw = (int) Math.ceil(w) + 2 * MARGIN;
        int bh = (int) Math.ceil(h) + 2 * MARGIN;
        if (screen == null || screen.width() != bw || screen.height() != bh) {
            screen = new Raster(bw, bh);
            still = new Raster(bw, bh);
            buffer = new PixelBuffer<>(bw, bh, IntBuffer.wrap(screen.pixels()), PixelFormat.getIntArgbPreInstance());
            shown.setImage(new WritableImage(buffer));
            stale = true;
        }
        double dx = vp.translateX() - paintedX;
        double dy = vp.translateY() - paintedY;
        boolean live = preview != null || index.dragging();
        boolean repaint = stale || vp.scale() != paintedScale || Math.abs(dx) > MARGIN || Math.abs(dy) > MARGIN;
        if (repaint || live || moving) {
            if (repaint) {
                paint(live ? still : screen, index, vp, detail, selected, problems, false);
            }
            Rectangle2D dirty = null;
            if (live) {
                if (!repaint && !moving) {
                    // a gesture begins on a layer painted for panning: keep the still part
                    still.copyFrom(screen);
                }
                // during a gesture only the view itself is refreshed; the margin is repainted when it ends
                int vw = (int) Math.ceil(w);
                int vh = (int) Math.ceil(h);
                screen.copyFrom(still, MARGIN, MARGIN, vw, vh);
                paint(screen, index, vp, detail, selected, problems, true);
                paintPreview(preview, vp);
                dirty = new Rectangle2D(MARGIN, MARGIN, vw, vh);
            } else if (!repaint) {
                paint(screen, index, vp, detail, selected, problems, false);
            }
            moving = live;
            Rectangle2D region = dirty;
            buffer.updateBuffer(b -> region);
            dx = vp.translateX() - paintedX;
            dy = vp.translateY() - paintedY;
        }
        shown.setLayoutX(Math.round(dx) - MARGIN);
        shown.setLayoutY(Math.round(dy) - MARGIN);
    }

    /**
     * Paints into a raster at the viewport's scale: with {@code movingOnly} false, background, grid, boxes and every
     * wire except those of dragged modules; with it true, only the wires (and boxes) of dragged modules.
     */
    private void paint(Raster into, CanvasIndex index, Viewport vp, DetailLevel detail, Set<Integer> selected,
                       Map<Integer, List<Problem>> problems, boolean movingOnly) {
        target = into;
        double s = vp.scale();
        double tx = Math.round(vp.translateX()) + MARGIN;
        double ty = Math.round(vp.translateY()) + MARGIN;
        Rect area = new Rect(-tx / s, -ty / s, into.width() / s, into.height() / s);
        if (!movingOnly) {
            into.fill(argb(theme.background()));
            grid(s, tx, ty);
        }
        if (detail == DetailLevel.OVERVIEW) {
            boxes(index, area, selected, problems, s, tx, ty, movingOnly);
        }
        double width = Math.max(1, Math.min(3, 1.6 * s));
        List<Wire> highlighted = new ArrayList<>();
        int painted = 0;
        for (Wire wire : index.wires()) {
            boolean dragged = index.dragged(wire.from()) || index.dragged(wire.to());
            if (dragged != movingOnly) {
                continue;
            }
            if (selected.contains(wire.from().hash()) || selected.contains(wire.to().hash())) {
                highlighted.add(wire);
            } else if (draw(wire, index, area, s, tx, ty, width)) {
                painted++;
            }
        }
        for (Wire wire : highlighted) {
            if (draw(wire, index, area, s, tx, ty, width * 1.6)) {
                painted++;
            }
        }
        if (movingOnly) {
            wiresPainted = stillWires + painted;
        } else {
            stillWires = painted;
            wiresPainted = painted;
            paintedScale = s;
            paintedX = Math.round(vp.translateX());
            paintedY = Math.round(vp.translateY());
            stale = false;
            paints++;
        }
    }

    private void paintPreview(Preview preview, Viewport vp) {
        if (preview == null) {
            return;
        }
        target = screen;
        double s = vp.scale();
        double tx = Math.round(vp.translateX()) + MARGIN;
        double ty = Math.round(vp.translateY()) + MARGIN;
        double width = Math.max(1, Math.min(3, 1.6 * s)) * 1.6;
        int colour = preview.ok() ? wireColours.get(preview.type()) : argb(theme.error());
        curve(preview.x1() * s + tx, preview.y1() * s + ty, preview.x2() * s + tx, preview.y2() * s + ty, width,
            colour);
    }

    private boolean draw(Wire wire, CanvasIndex index, Rect area, double s, double tx, double ty, double width) {
        if (!index.wireEnds(wire, ends)) {
            return false;
        }
        double x1 = ends[0];
        double y1 = ends[1];
        double x2 = ends[2];
        double y2 = ends[3];
        if (!meets(area, x1, y1, x2, y2)) {
            return false;
        }
        curve(x1 * s + tx, y1 * s + ty, x2 * s + tx, y2 * s + ty, width, wireColours.get(wire.type()));
        return true;
    }

    /** Wires leave an output to the right and enter an input from the left, bending by half their run. */
    private void curve(double x1, double y1, double x2, double y2, double width, int colour) {
        double bend = Math.max(30 * width / 1.6, Math.abs(x2 - x1) / 2);
        target.curve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2, width, colour);
    }

    /** Whether a wire's curve (inside the hull of its control points) can meet the area, in canvas units. */
    static boolean meets(Rect area, double x1, double y1, double x2, double y2) {
        double bend = Math.max(30, Math.abs(x2 - x1) / 2);
        return !(Math.max(x1 + bend, x2) < area.x() || Math.min(x1, x2 - bend) > area.maxX()
            || Math.max(y1, y2) < area.y() || Math.min(y1, y2) > area.maxY());
    }

    private void grid(double scale, double tx, double ty) {
        double step = scale >= 0.5 ? 20 : scale >= 0.12 ? 100 : 500;
        double px = step * scale;
        if (px < 10) {
            return;
        }
        int colour = argb(theme.grid());
        double startX = tx % px;
        for (double x = startX < 0 ? startX + px : startX; x < target.width(); x += px) {
            target.fillRect(Math.floor(x), 0, 1, target.height(), colour);
        }
        double startY = ty % px;
        for (double y = startY < 0 ? startY + px : startY; y < target.height(); y += px) {
            target.fillRect(0, Math.floor(y), target.width(), 1, colour);
        }
    }

    /** Far out, modules are boxes with a title band; selected ones outlined, ones with problems marked. */
    private void boxes(CanvasIndex index, Rect area, Set<Integer> selected, Map<Integer, List<Problem>> problems,
                       double s, double tx, double ty, boolean movingOnly) {
        int body = argb(theme.body());
        int header = argb(theme.header());
        int selection = argb(theme.selection());
        for (Entry e : index.modules()) {
            if (index.dragged(e) != movingOnly || !index.bounds(e).intersects(area) || index.hidden(e)) {
                continue;
            }
            double x = index.x(e) * s + tx;
            double y = index.y(e) * s + ty;
            double w = e.geometry().width() * s;
            double h = e.geometry().height() * s;
            target.fillRect(x, y, w, h, body);
            target.fillRect(x, y, w, Math.max(1, ModuleGeometry.HEADER * s), header);
            if (selected.contains(e.hash())) {
                target.strokeRect(x - 1, y - 1, w + 2, h + 2, 2, selection);
            }
            List<Problem> list = problems.get(e.hash());
            if (list != null && !list.isEmpty()) {
                boolean error = list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
                target.fillCircle(x + w, y, 4, argb(error ? theme.error() : theme.warning()));
            }
        }
    }

    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
            | (int) Math.round(c.getBlue() * 255);
    }
}
