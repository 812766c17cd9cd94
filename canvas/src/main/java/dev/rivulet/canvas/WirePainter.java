package dev.rivulet.canvas;

import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.CanvasIndex.Entry;
import dev.rivulet.canvas.geometry.CanvasIndex.Wire;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.geometry.Viewport;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.core.DataType;
import dev.rivulet.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;

/**
 * Paints the one layer under the module nodes: background grid, every visible wire (one path per wire colour, so
 * 3,000 wires cost a handful of strokes, not 3,000 nodes), the wire being dragged, and, when zoomed far out, the
 * modules themselves as plain boxes.
 */
final class WirePainter {
    private final Canvas canvas;
    private final CanvasTheme theme;
    private final List<Wire> highlighted = new ArrayList<>();
    private int wiresPainted;

    /** The wire being dragged, in canvas units; {@code ok} false draws it as refused. */
    record Preview(double x1, double y1, double x2, double y2, DataType type, boolean ok) {
    }

    WirePainter(Canvas canvas, CanvasTheme theme) {
        this.canvas = canvas;
        this.theme = theme;
    }

    /** Wires stroked in the last paint (the rest were off screen). */
    int wiresPainted() {
        return wiresPainted;
    }

    void paint(CanvasIndex index, Viewport vp, DetailLevel detail, Set<Integer> selected,
               Map<Integer, List<Problem>> problems, Preview preview) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h);
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        grid(gc, vp, w, h);
        Rect visible = vp.visible(w, h).grow(ModuleGeometry.PORT_RADIUS * 2);
        double scale = vp.scale();
        gc.setTransform(scale, 0, 0, scale, vp.translateX(), vp.translateY());
        if (detail == DetailLevel.OVERVIEW) {
            boxes(gc, index, visible, selected, problems, scale);
        }
        gc.setLineCap(StrokeLineCap.ROUND);
        double lineWidth = Math.max(1, Math.min(3, 1.8 * scale)) / scale;
        gc.setLineWidth(lineWidth);
        highlighted.clear();
        wiresPainted = 0;
        DataType open = null;
        for (Wire wire : index.wires()) {
            double x1 = index.x(wire.from()) + wire.from().geometry().width();
            double y1 = index.y(wire.from()) + wire.out().y();
            double x2 = index.x(wire.to());
            double y2 = index.y(wire.to()) + wire.in().y();
            double bend = bend(x1, x2);
            if (Math.max(x1 + bend, x2) < visible.x() || Math.min(x1, x2 - bend) > visible.maxX()
                || Math.max(y1, y2) < visible.y() || Math.min(y1, y2) > visible.maxY()) {
                continue;
            }
            if (selected.contains(wire.from().hash()) || selected.contains(wire.to().hash())) {
                highlighted.add(wire);
                continue;
            }
            if (wire.type() != open) {
                if (open != null) {
                    gc.stroke();
                }
                open = wire.type();
                gc.setStroke(theme.portColor(open));
                gc.beginPath();
            }
            gc.moveTo(x1, y1);
            gc.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
            wiresPainted++;
        }
        if (open != null) {
            gc.stroke();
        }
        if (!highlighted.isEmpty()) {
            gc.setLineWidth(lineWidth * 2);
            for (Wire wire : highlighted) {
                gc.setStroke(theme.portColor(wire.type()));
                curve(gc, index.x(wire.from()) + wire.from().geometry().width(), index.y(wire.from()) + wire.out().y(),
                    index.x(wire.to()), index.y(wire.to()) + wire.in().y());
                wiresPainted++;
            }
        }
        if (preview != null) {
            gc.setLineWidth(lineWidth * 1.5);
            gc.setStroke(preview.ok() ? theme.portColor(preview.type()) : theme.error());
            gc.setLineDashes(preview.ok() ? null : new double[] {6 / scale, 4 / scale});
            curve(gc, preview.x1(), preview.y1(), preview.x2(), preview.y2());
            gc.setLineDashes((double[]) null);
        }
    }

    private static double bend(double x1, double x2) {
        return Math.max(30, Math.abs(x2 - x1) / 2);
    }

    private static void curve(GraphicsContext gc, double x1, double y1, double x2, double y2) {
        double bend = bend(x1, x2);
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
        gc.stroke();
    }

    private void grid(GraphicsContext gc, Viewport vp, double w, double h) {
        double step = vp.scale() >= 0.5 ? 20 : vp.scale() >= 0.12 ? 100 : 500;
        double px = step * vp.scale();
        if (px < 10) {
            return;
        }
        gc.setStroke(theme.grid());
        gc.setLineWidth(1);
        gc.beginPath();
        double startX = vp.translateX() % px;
        for (double x = startX < 0 ? startX + px : startX; x < w; x += px) {
            double sx = Math.floor(x) + 0.5;
            gc.moveTo(sx, 0);
            gc.lineTo(sx, h);
        }
        double startY = vp.translateY() % px;
        for (double y = startY < 0 ? startY + px : startY; y < h; y += px) {
            double sy = Math.floor(y) + 0.5;
            gc.moveTo(0, sy);
            gc.lineTo(w, sy);
        }
        gc.stroke();
    }

    /** Far out, modules are boxes with a title band; selected ones outlined, ones with problems marked. */
    private void boxes(GraphicsContext gc, CanvasIndex index, Rect visible, Set<Integer> selected,
                       Map<Integer, List<Problem>> problems, double scale) {
        List<Entry> shown = new ArrayList<>();
        for (Entry e : index.modules()) {
            if (index.bounds(e).intersects(visible)) {
                shown.add(e);
            }
        }
        gc.setFill(theme.body());
        for (Entry e : shown) {
            gc.fillRect(index.x(e), index.y(e), e.geometry().width(), e.geometry().height());
        }
        gc.setFill(theme.header());
        for (Entry e : shown) {
            gc.fillRect(index.x(e), index.y(e), e.geometry().width(), ModuleGeometry.HEADER);
        }
        gc.setLineWidth(2 / scale);
        gc.setStroke(theme.selection());
        for (Entry e : shown) {
            if (selected.contains(e.hash())) {
                gc.strokeRect(index.x(e), index.y(e), e.geometry().width(), e.geometry().height());
            }
        }
        double r = 6 / scale;
        for (Entry e : shown) {
            List<Problem> list = problems.get(e.hash());
            if (list != null && !list.isEmpty()) {
                boolean error = list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
                gc.setFill(error ? theme.error() : theme.warning());
                gc.fillOval(index.x(e) + e.geometry().width() - r, index.y(e) - r, 2 * r, 2 * r);
            }
        }
    }
}
