package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Find in canvas: the modules whose name, display name, type id or a parameter value contains the query
 * (case-insensitive), in document order, name matches first.
 *
 * <p>Usage: {@code List<Integer> hits = CanvasSearch.find(session.document(), "price");}
 */
public final class CanvasSearch {
    private CanvasSearch() {
    }

    public static List<Integer> find(CanvasDocument doc, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Integer> byName = new ArrayList<>();
        List<Integer> byOther = new ArrayList<>();
        if (q.isEmpty()) {
            return byName;
        }
        for (ModuleNode m : doc.modules) {
            if (contains(m.displayName, q) || contains(m.name, q)) {
                byName.add(m.hash);
            } else if (contains(m.type, q) || m.params.stream().anyMatch(p -> valueContains(p, q))) {
                byOther.add(m.hash);
            }
        }
        byName.addAll(byOther);
        return byName;
    }

    private static boolean valueContains(PortNode p, String q) {
        return p.value != null && contains(String.valueOf(p.value), q);
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }
}
