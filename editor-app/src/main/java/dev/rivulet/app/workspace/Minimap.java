package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.geometry.Rect;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A small overview of the whole canvas in a corner of the view: every module as a dot-sized box and the visible part
 * as a frame. Click or drag in it to move the view there. Redrawn at most ten times a second, so it costs a large
 * canvas nothing per frame.
 *
 * <p>Usage: {@code StackPane.setAlignment(new Minimap(view, theme).node(), Pos.BOTTOM_RIGHT)}.
 */
final class Minimap {
    private static final double W = 180;
    private static final double H = 120;
    private static final Duration THROTTLE = Duration.millis(100);

    private final CanvasView view;
    private final WorkspaceTheme theme;
    private final Canvas canvas = new Canvas(W, H);
    private final StackPane pane = new StackPane(canvas);
    private final PauseTransition pending = new PauseTransition(THROTTLE);
    private Rect world = new Rect(0, 0, 1, 1);
    private double scale = 1;

    Minimap(CanvasView view, WorkspaceTheme theme) {
        this.view = view;
        this.theme = theme;
        pane.setId("minimap");
        pane.setMaxSize(W, H);
        pane.setPickOnBounds(false);
        StackPane.setMargin(pane, new Insets(10));
        pane.setStyle("-fx-effect: null; -fx-border-color: " + (theme == WorkspaceTheme.DARK ? "#4a5460" : "#c3c9d2")
            + "; -fx-border-radius: 4;");
        pending.setOnFinished(e -> draw());
        view.addFrameListener(() -> {
            if (pending.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                pending.playFromStart();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
    }

    StackPane node() {
        return pane;
    }

    private void jump(MouseEvent e) {
        view.centerOn(world.x() + e.getX() / scale, world.y() + e.getY() / scale);
        e.consume();
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        boolean dark = theme == WorkspaceTheme.DARK;
        g.setFill(dark ? Color.web("#161a1f", 0.92) : Color.web("#ffffff", 0.92));
        g.fillRect(0, 0, W, H);
        List<Rect> boxes = view.allModuleBounds();
        Rect visible = view.viewport().visible(view.getWidth(), view.getHeight());
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
        world = new Rect(minX - 20, minY - 20, maxX - minX + 40, maxY - minY + 40);
        scale = Math.min(W / world.width(), H / world.height());
        g.setFill(dark ? Color.web("#6e7b8a") : Color.web("#8a96a6"));
        for (Rect r : boxes) {
            g.fillRect((r.x() - world.x()) * scale, (r.y() - world.y()) * scale, Math.max(1.5, r.width() * scale),
                Math.max(1.5, r.height() * scale));
        }
        g.setStroke(Color.web("#2f80ed"));
        g.setLineWidth(1.5);
        g.strokeRect((visible.x() - world.x()) * scale, (visible.y() - world.y()) * scale, visible.width() * scale,
            visible.height() * scale);
    }
}
