package dev.rivulet.canvas;

import dev.rivulet.canvas.edit.CanvasComment;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Affine;

/**
 * The comments of a canvas: one {@link CommentNode} per note on a layer under the modules, drawn in canvas units
 * under the viewport's transform. Rebuilt from the document only when an edit changed the comments.
 */
final class CommentLayer {
    private final EditSession session;
    private final CanvasTheme theme;
    private final Pane pane = new Pane();
    private final Affine transform = new Affine();
    private final Map<String, CommentNode> nodes = new HashMap<>();
    private boolean stale = true;

    CommentLayer(EditSession session, CanvasTheme theme) {
        this.session = session;
        this.theme = theme;
        pane.setId("comment-layer");
        pane.setManaged(false);
        pane.setPickOnBounds(false);
        pane.getTransforms().add(transform);
    }

    Node node() {
        return pane;
    }

    void invalidate() {
        stale = true;
    }

    /** The node of a comment, or null (tests and the view use it). */
    CommentNode nodeOf(String id) {
        return nodes.get(id);
    }

    void update(double scale, double translateX, double translateY) {
        if (transform.getMxx() != scale || transform.getTx() != translateX || transform.getTy() != translateY) {
            transform.setToTransform(scale, 0, translateX, 0, scale, translateY);
        }
        if (!stale) {
            return;
        }
        stale = false;
        List<CanvasComment> comments = session.comments();
        Set<String> seen = new HashSet<>();
        for (CanvasComment c : comments) {
            seen.add(c.id());
            CommentNode n = nodes.computeIfAbsent(c.id(), id -> {
                CommentNode created = new CommentNode(session, pane, theme == CanvasTheme.DARK);
                pane.getChildren().add(created);
                return created;
            });
            n.show(c);
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
