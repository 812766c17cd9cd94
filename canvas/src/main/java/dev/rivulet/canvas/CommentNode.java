package dev.rivulet.canvas;

import dev.rivulet.canvas.edit.CanvasComment;
import dev.rivulet.canvas.edit.EditSession;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One comment on the canvas: drag its header to move it, the corner to resize it, type in it; each gesture or text
 * change is one command when it ends (on release, or when the text loses focus). Keys typed here stay here, so
 * Delete or Space in a note never reach the canvas.
 */
final class CommentNode extends VBox {
    private static final double MIN_W = 120;
    private static final double MIN_H = 60;
    private final EditSession session;
    private final Pane layer;
    private final TextArea text = new TextArea();
    private final Region grip = new Region();
    private CanvasComment shown;
    private Point2D pressed;

    CommentNode(EditSession session, Pane layer, boolean dark) {
        this.session = session;
        this.layer = layer;
        getStyleClass().add("canvas-comment");
        String paper = dark ? "#3a3520" : "#fff6c2";
        String edge = dark ? "#6b6233" : "#e3cf6a";
        setStyle("-fx-background-color: " + paper + "; -fx-border-color: " + edge + "; -fx-background-radius: 4;"
            + " -fx-border-radius: 4;");
        Label title = new Label("Comment");
        title.setStyle("-fx-font-size: 10px; -fx-text-fill: " + (dark ? "#cfc48a" : "#7a6a1d") + ";");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button delete = new Button("×");
        delete.getStyleClass().add("comment-delete");
        delete.setStyle("-fx-background-color: transparent; -fx-padding: 0 4 0 4; -fx-font-size: 11px;");
        delete.setFocusTraversable(false);
        delete.setOnAction(e -> session.removeComment(shown.id()));
        HBox header = new HBox(4, title, space, delete);
        header.getStyleClass().add("comment-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(2, 4, 0, 6));
        header.setCursor(Cursor.MOVE);
        text.getStyleClass().add("comment-text");
        text.setWrapText(true);
        text.setStyle("-fx-background-color: transparent; -fx-control-inner-background: " + paper + ";"
            + " -fx-text-fill: " + (dark ? "#ece6c6" : "#3b3413") + "; -fx-font-size: 12px;");
        VBox.setVgrow(text, Priority.ALWAYS);
        grip.getStyleClass().add("comment-grip");
        grip.setPrefSize(12, 12);
        grip.setMaxSize(12, 12);
        grip.setCursor(Cursor.SE_RESIZE);
        grip.setStyle("-fx-background-color: linear-gradient(to bottom right, transparent 50%, " + edge + " 50%);");
        grip.setManaged(false);
        setPadding(new Insets(0, 0, 8, 0));
        getChildren().addAll(header, text, grip);
        header.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> press(e));
        header.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Point2D d = delta(e);
            relocate(shown.x() + d.getX(), shown.y() + d.getY());
            e.consume();
        });
        header.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            Point2D d = delta(e);
            session.updateComment(shown.movedTo(Math.round(shown.x() + d.getX()), Math.round(shown.y() + d.getY())));
            e.consume();
        });
        grip.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        grip.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Point2D d = delta(e);
            size(Math.max(MIN_W, shown.width() + d.getX()), Math.max(MIN_H, shown.height() + d.getY()));
            e.consume();
        });
        grip.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            Point2D d = delta(e);
            session.updateComment(shown.resized(Math.round(Math.max(MIN_W, shown.width() + d.getX())),
                Math.round(Math.max(MIN_H, shown.height() + d.getY()))));
            e.consume();
        });
        // presses anywhere on the note are the note's, not the canvas's (no pan, no selection change)
        addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        text.addEventHandler(KeyEvent.ANY, e -> {
            if (!e.isShortcutDown()) {
                e.consume();
            }
        });
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && !text.getText().equals(shown.text())) {
                session.updateComment(shown.withText(text.getText()));
            }
        });
    }

    /** The comment this node shows. */
    CanvasComment comment() {
        return shown;
    }

    TextArea textArea() {
        return text;
    }

    void show(CanvasComment c) {
        shown = c;
        relocate(c.x(), c.y());
        size(c.width(), c.height());
        if (!text.isFocused() && !text.getText().equals(c.text())) {
            text.setText(c.text());
        }
        setId("comment-" + c.id());
    }

    private void size(double w, double h) {
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        resize(w, h);
        grip.resizeRelocate(w - 13, h - 13, 12, 12);
    }

    private void press(MouseEvent e) {
        pressed = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        e.consume();
    }

    /** How far the pointer moved since the press, in canvas units. */
    private Point2D delta(MouseEvent e) {
        Point2D now = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        return pressed == null ? Point2D.ZERO : now.subtract(pressed);
    }
}
