package dev.rivulet.canvas;

import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.GroupBox;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Affine;

/**
 * The module groups of a canvas: one {@link GroupNode} per group on a layer between the wires and the modules, in
 * canvas units under the viewport's transform. Nodes are touched only when the index recomputed the group boxes
 * (an edit, a drag), so a frame that changes nothing costs a version check.
 */
final class GroupLayer {
    private final CanvasView view;
    private final CanvasIndex index;
    private final boolean dark;
    private final Pane pane = new Pane();
    private final Affine transform = new Affine();
    private final Map<String, GroupNode> nodes = new HashMap<>();
    private int shownVersion = -1;

    GroupLayer(CanvasView view, CanvasIndex index, boolean dark) {
        this.view = view;
        this.index = index;
        this.dark = dark;
        pane.setId("group-layer");
        pane.setManaged(false);
        pane.setPickOnBounds(false);
        pane.getTransforms().add(transform);
    }

    Node node() {
        return pane;
    }

    GroupNode nodeOf(String id) {
        return nodes.get(id);
    }

    void update(double scale, double translateX, double translateY) {
        if (transform.getMxx() != scale || transform.getTx() != translateX || transform.getTy() != translateY) {
            transform.setToTransform(scale, 0, translateX, 0, scale, translateY);
        }
        int version = index.groupsVersion();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        Set<String> seen = new HashSet<>();
        for (GroupBox box : index.groups()) {
            seen.add(box.id());
            GroupNode n = nodes.computeIfAbsent(box.id(), id -> {
                GroupNode created = new GroupNode(view, pane, dark);
                pane.getChildren().add(created);
                return created;
            });
            n.show(box);
        }
        nodes.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                pane.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
    }
}
