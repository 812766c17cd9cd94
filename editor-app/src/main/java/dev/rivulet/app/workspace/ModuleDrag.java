package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.core.ModuleDefinition;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * Dragging a module type from the browser onto the canvas, done with the scene's own mouse events (press on a
 * browser row, drag, release over the canvas) rather than platform drag and drop, which headless test robots cannot
 * drive. A ghost label follows the cursor on the window's overlay; a release over the current canvas adds the module
 * there as one command.
 *
 * <p>Usage: {@code drag.install(cell, () -> definitionOfCell)}.
 */
final class ModuleDrag {
    private final Pane overlay;
    private final Supplier<CanvasView> target;
    private final Label ghost = new Label();
    private ModuleDefinition dragging;
    private boolean moved;

    ModuleDrag(Pane overlay, Supplier<CanvasView> target) {
        this.overlay = overlay;
        this.target = target;
        ghost.setId("module-drag-ghost");
        ghost.getStyleClass().add("drag-ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghost.setVisible(false);
        overlay.getChildren().add(ghost);
    }

    /** Makes a browser row draggable; {@code type} tells which module type the row shows now (null: none). */
    void install(javafx.scene.Node row, Supplier<ModuleDefinition> type) {
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragging = e.isPrimaryButtonDown() ? type.get() : null;
            moved = false;
        });
        row.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging == null) {
                return;
            }
            moved = true;
            ghost.setText("＋ " + dragging.name());
            ghost.autosize();
            Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost.relocate(p.getX() + 10, p.getY() + 6);
            ghost.setVisible(true);
            ghost.toFront();
        });
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            ModuleDefinition type0 = dragging;
            dragging = null;
            ghost.setVisible(false);
            if (type0 != null && moved) {
                drop(type0, e.getSceneX(), e.getSceneY());
            }
        });
    }

    private void drop(ModuleDefinition type, double sceneX, double sceneY) {
        CanvasView view = target.get();
        if (view == null || view.getScene() == null) {
            return;
        }
        Point2D local = view.sceneToLocal(sceneX, sceneY);
        if (!view.getLayoutBounds().contains(local)) {
            return;
        }
        Point2D at = view.toCanvas(local.getX(), local.getY());
        int hash = view.session().addModule(type.id(), Math.round(at.getX()), Math.round(at.getY()));
        view.selection().set(List.of(hash));
        view.requestFocus();
    }
}
