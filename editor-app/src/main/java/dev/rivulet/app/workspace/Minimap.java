package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.geometry.Rect;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A small overview of the whole canvas in a corner of the view: every module as a dot-sized box and the visible part
 * as a frame. Click or drag in it to move the view there. The boxes are drawn again only when the document changed
 * (its revision) or the view left the area drawn; panning and zooming inside it only move the frame, a rectangle
 * node, so a frame of a large canvas pays a few comparisons for the minimap.
 *
 * <p>Usage: {@code StackPane.setAlignment(new Minimap(view, theme).node(), Pos.BOTTOM_RIGHT)}.
 */
final class Minimap {
    private static final double W = 180;
    private static final double H = 120;

    private final CanvasView view;
    private final WorkspaceTheme theme;
    private final Canvas canvas = new Canvas(W, H);
    private final Rectangle frame = new Rectangle();
    private final StackPane pane;
    private Rect world = new Rect(0, 0, 1, 1);
    private double scale = 1;
    private long drawnRevision = -1;
    private int draws;

    Minimap(CanvasView view, WorkspaceTheme theme) {
        this.view = view;
        this.theme = theme;
        frame.setManaged(false);
        frame.setFill(Color.TRANSPARENT);
        frame.setStroke(Color.web("#2f80ed"));
        frame.setStrokeWidth(1.5);
        frame.setMouseTransparent(true);
        Pane frameLayer = new Pane(frame);
        frameLayer.setMouseTransparent(true);
        Rectangle clip = new Rectangle(W, H);
        frameLayer.setClip(clip);
        pane = new StackPane(canvas, frameLayer);
        pane.setId("minimap");
        pane.setMaxSize(W, H);
        pane.setPickOnBounds(false);
        StackPane.setMargin(pane, new Insets(10));
        pane.setStyle("-fx-effect: null; -fx-border-color: " + (theme == WorkspaceTheme.DARK ? "#4a5460" : "#c3c9d2")
            + "; -fx-border-radius: 4;");
        view.addFrameListener(this::frameShown);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
    }

    StackPane node() {
        return pane;
    }

    /** How many times the module boxes were drawn (tests check that panning does not redraw them). */
    int draws() {
        return draws;
    }

    private void jump(MouseEvent e) {
        view.centerOn(world.x() + e.getX() / scale, world.y() + e.getY() / scale);
        e.consume();
    }

    private void frameShown() {
        Rect visible = view.viewport().visible(view.getWidth(), view.getHeight());
        if (view.session().revision() != drawnRevision || !inside(visible, world)) {
            draw(visible);
        }
        double x = (visible.x() - world.x()) * scale;
        double y = (visible.y() - world.y()) * scale;
        double w = visible.width() * scale;
        double h = visible.height() * scale;
        if (frame.getX() != x || frame.getY() != y || frame.getWidth() != w || frame.getHeight() != h) {
            frame.setX(x);
            frame.setY(y);
            frame.setWidth(w);
            frame.setHeight(h);
        }
    }

    void draw() {
        draw(view.viewport().visible(view.getWidth(), view.getHeight()));
    }

    private void draw(Rect visible) {
        draws++;
        drawnRevision = view.session().revision();
        GraphicsContext g = canvas.getGraphicsContext2D();
        boolean dark = theme == WorkspaceTheme.DARK;
        g.clearRect(0, 0, W, H);
        g.setFill(dark ? Color.web("#161a1f", 0.92) : Color.web("#ffffff", 0.92));
        g.fillRect(0, 0, W, H);
        List<Rect> boxes = view.allModuleBounds();
        double minX = visible.x();
        double minY = visible.y();
        double maxX = visible.maxX();
        double maxY = visible.maxY();
        for (Rect r : boxes) {
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        // a margin of a view's size around everything, so that ordinary panning stays inside what is drawn
        double mx = Math.max(20, visible.width() / 2);
        double my = Math.max(20, visible.height() / 2);
        world = new Rect(minX - mx, minY - my, maxX - minX + 2 * mx, maxY - minY + 2 * my);
        scale = Math.min(W / world.width(), H / world.height());
        g.setFill(dark ? Color.web("#6e7b8a") : Color.web("#8a96a6"));
        for (Rect r : boxes) {
            g.fillRect((r.x() - world.x()) * scale, (r.y() - world.y()) * scale, Math.max(1.5, r.width() * scale),
                Math.max(1.5, r.height() * scale));
        }
    }

    private static boolean inside(Rect r, Rect outer) {
        return r.x() >= outer.x() && r.y() >= outer.y() && r.maxX() <= outer.maxX() && r.maxY() <= outer.maxY();
    }
}
