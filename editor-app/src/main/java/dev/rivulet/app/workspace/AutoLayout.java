package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditResult;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Canvas menu's automatic layout: the selection (two or more modules) or else the whole canvas, pinned modules
 * left where they are, applied as one undoable move named "Automatic layout".
 *
 * <p>Usage: {@code new AutoLayout(new LayeredLayout()).apply(view);}
 */
final class AutoLayout {
    private final LayeredLayout layout;

    AutoLayout(LayeredLayout layout) {
        this.layout = layout;
    }

    EditResult apply(CanvasView view) {
        EditSession s = view.session();
        Collection<Integer> scope = view.selection().size() >= 2 ? view.selection().hashes()
            : s.document().modules.stream().map(m -> m.hash).toList();
        Map<Integer, Rect> boxes = new LinkedHashMap<>();
        for (ModuleNode m : s.document().modules) {
            Rect r = view.moduleBounds(m.hash);
            if (scope.contains(m.hash) && !s.isPinned(m.hash) && r != null) {
                boxes.put(m.hash, r);
            }
        }
        List<LayeredLayout.Edge> edges = new ArrayList<>();
        for (ConnectionNode c : s.document().connections) {
            edges.add(new LayeredLayout.Edge(c.from.module, c.to.module));
        }
        return s.moveModulesTo(layout.layout(boxes, edges), "Automatic layout");
    }
}
