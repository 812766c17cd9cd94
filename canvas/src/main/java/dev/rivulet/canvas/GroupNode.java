package dev.rivulet.canvas;

import dev.rivulet.canvas.geometry.GroupBox;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.skin.CanvasTheme;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * One module group on the canvas. Expanded: a frame around its members (transparent to the mouse inside) under a
 * title bar; collapsed: one box with the title, the member count and a dot per external wire on its edges. Dragging
 * the title bar (or a collapsed box) moves the members as one command; a click selects them; the arrow button or a
 * double click collapses and expands; the cross ungroups. Every change goes through the session.
 */
final class GroupNode extends Pane {
    private static final double SLOP = 3;
    private final CanvasView view;
    private final Pane layer;
    private final boolean dark;
    private final Region frame = new Region();
    private final HBox titleBar;
    private final Label title = new Label();
    private final Label count = new Label();
    private final Button toggle = new Button();
    private final Button ungroup = new Button("×");
    private final Pane dots = new Pane();
    private final javafx.scene.control.TextField rename = new javafx.scene.control.TextField();
    private GroupBox shown;
    private Point2D pressed;
    private boolean moved;

    GroupNode(CanvasView view, Pane layer, boolean dark) {
        this.view = view;
        this.layer = layer;
        this.dark = dark;
        getStyleClass().add("canvas-group");
        setPickOnBounds(false);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 12px; -fx-text-fill: "
            + (dark ? "#e6edf3" : "#27313d") + ";");
        count.setStyle("-fx-font-size: 11px; -fx-text-fill: " + (dark ? "#9aa6b2" : "#6b7785") + ";");
        for (Button b : new Button[] {toggle, ungroup}) {
            b.setFocusTraversable(false);
            b.setStyle("-fx-background-color: transparent; -fx-padding: 0 5 0 5; -fx-font-size: 12px; -fx-text-fill: "
                + (dark ? "#dfe5ec" : "#27313d") + ";");
        }
        toggle.setOnAction(e -> view.session().setGroupCollapsed(shown.id(), !shown.collapsed()));
        ungroup.setOnAction(e -> view.session().ungroup(java.util.List.of(shown.id())));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        titleBar = new HBox(4, toggle, title, space, ungroup);
        titleBar.setAlignment(Pos.CENTER_LEFT);
        titleBar.setPadding(new Insets(0, 2, 0, 2));
        titleBar.setCursor(Cursor.MOVE);
        titleBar.getStyleClass().add("group-title");
        // sized by show(), not by the pane's layout pass
        frame.setManaged(false);
        titleBar.setManaged(false);
        count.setManaged(false);
        count.setMouseTransparent(true);
        dots.setManaged(false);
        dots.setMouseTransparent(true);
        getChildren().addAll(frame, titleBar, count, dots);
        installDrag(titleBar);
        installDrag(frame);
        rename.setManaged(false);
        rename.setVisible(false);
        rename.setId("group-rename");
        rename.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                finishRename(true);
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                finishRename(false);
            }
            e.consume();
        });
        rename.focusedProperty().addListener((o, was, now) -> {
            if (!now && rename.isVisible()) {
                finishRename(true);
            }
        });
        getChildren().add(rename);
    }

    /** Shows a text field over the title (F2): Enter renames the group as one command, Escape leaves it. */
    void startRename() {
        rename.setText(shown.title());
        rename.resizeRelocate(22, 2, Math.max(80, shown.frame().width() - 48), GroupBox.TITLE - 4);
        rename.setVisible(true);
        rename.requestFocus();
        rename.selectAll();
    }

    private void finishRename(boolean commit) {
        rename.setVisible(false);
        String text = rename.getText();
        view.requestFocus();
        if (commit && text != null && !text.isBlank()) {
            view.session().renameGroup(shown.id(), text.strip());
        }
    }

    /** The group this node shows. */
    GroupBox box() {
        return shown;
    }

    Node titleBar() {
        return titleBar;
    }

    Button toggleButton() {
        return toggle;
    }

    Button ungroupButton() {
        return ungroup;
    }

    void show(GroupBox box) {
        shown = box;
        setId("group-" + box.id());
        titleBar.setId("group-title-" + box.id());
        toggle.setId("group-toggle-" + box.id());
        ungroup.setId("group-ungroup-" + box.id());
        Rect f = box.frame();
        relocate(f.x(), f.y());
        frame.resizeRelocate(0, 0, f.width(), f.height());
        titleBar.resizeRelocate(0, 0, f.width(), GroupBox.TITLE);
        title.setText(box.title());
        toggle.setText(box.collapsed() ? "▸" : "▾");
        String edge = dark ? "#6d7b8c" : "#8d9aab";
        if (box.collapsed()) {
            frame.setStyle("-fx-background-color: " + (dark ? "#2b3139" : "#ffffff") + ", "
                + (dark ? "#11151a" : "#3b4a5e") + "; -fx-background-insets: 0, 0 0 " + (f.height() - GroupBox.TITLE)
                + " 0; -fx-background-radius: 6, 6 6 0 0; -fx-border-color: " + edge
                + "; -fx-border-radius: 6; -fx-border-width: 1.5;");
            title.setStyle(title.getStyle().replaceAll("-fx-text-fill: [^;]*;", "-fx-text-fill: #ffffff;"));
            toggle.setStyle(toggle.getStyle().replaceAll("-fx-text-fill: [^;]*;", "-fx-text-fill: #ffffff;"));
            ungroup.setStyle(ungroup.getStyle().replaceAll("-fx-text-fill: [^;]*;", "-fx-text-fill: #ffffff;"));
            frame.setMouseTransparent(false);
            count.setText(box.members().size() + (box.members().size() == 1 ? " module" : " modules"));
            count.setVisible(true);
            count.setAlignment(Pos.CENTER);
            count.resizeRelocate(12, GroupBox.TITLE + 4, f.width() - 24, GroupBox.ROW);
            showDots(box);
        } else {
            frame.setStyle("-fx-background-color: " + (dark ? "rgba(88,166,255,0.06)" : "rgba(47,128,237,0.05)")
                + ", " + (dark ? "rgba(88,166,255,0.18)" : "rgba(47,128,237,0.14)")
                + "; -fx-background-insets: 0, 0 0 " + (f.height() - GroupBox.TITLE) + " 0; -fx-background-radius: 8;"
                + " -fx-border-color: " + edge + "; -fx-border-style: segments(6, 4); -fx-border-radius: 8;");
            String text = dark ? "#e6edf3" : "#27313d";
            title.setStyle(title.getStyle().replaceAll("-fx-text-fill: [^;]*;", "-fx-text-fill: " + text + ";"));
            toggle.setStyle(toggle.getStyle().replaceAll("-fx-text-fill: [^;]*;", "-fx-text-fill: " + text + ";"));
            ungroup.setStyle(ungroup.getStyle().replaceAll("-fx-text-fill: [^;]*;", "-fx-text-fill: " + text + ";"));
            // inside the frame, presses reach the modules and the canvas
            frame.setMouseTransparent(true);
            count.setVisible(false);
            dots.getChildren().clear();
        }
    }

    private void showDots(GroupBox box) {
        dots.getChildren().clear();
        CanvasTheme theme = dark ? CanvasTheme.DARK : CanvasTheme.LIGHT;
        Rect f = box.frame();
        for (GroupBox.Anchor a : box.inputs()) {
            dots.getChildren().add(new Circle(0, a.y() - f.y(), 4.5, theme.portColor(a.type())));
        }
        for (GroupBox.Anchor a : box.outputs()) {
            dots.getChildren().add(new Circle(f.width(), a.y() - f.y(), 4.5, theme.portColor(a.type())));
        }
    }

    private void installDrag(Node target) {
        target.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            view.requestFocus();
            pressed = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
            moved = false;
            view.selection().set(shown.members());
            e.consume();
        });
        target.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressed == null) {
                return;
            }
            Point2D d = delta(e);
            if (!moved && Math.hypot(d.getX(), d.getY()) * view.viewport().scale() >= SLOP) {
                moved = true;
            }
            if (moved) {
                view.showDrag(new LinkedHashSet<>(shown.members()), d.getX(), d.getY());
            }
            e.consume();
        });
        target.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressed == null) {
                return;
            }
            Point2D d = delta(e);
            pressed = null;
            view.endDrag();
            if (moved) {
                move(d.getX(), d.getY());
            }
            e.consume();
        });
        target.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !moved) {
                view.session().setGroupCollapsed(shown.id(), !shown.collapsed());
            }
            e.consume();
        });
    }

    private void move(double dx, double dy) {
        Map<Integer, double[]> to = new HashMap<>();
        for (int h : shown.members()) {
            var l = view.session().layoutOf(h);
            to.put(h, new double[] {(l == null ? 0 : l.x) + dx, (l == null ? 0 : l.y) + dy});
        }
        view.session().moveModulesTo(to, "Move group " + shown.title());
    }

    /** How far the pointer moved since the press, in canvas units. */
    private Point2D delta(MouseEvent e) {
        Point2D now = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        return pressed == null ? Point2D.ZERO : now.subtract(pressed);
    }
}
