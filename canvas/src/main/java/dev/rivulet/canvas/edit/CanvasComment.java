package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comment: a resizable note on the canvas, kept in the layout's {@code comments} field (layout, not logic: the
 * engine never sees it; older readers keep it as an unknown field).
 *
 * <p>Usage: {@code List<CanvasComment> notes = CanvasComment.read(doc);}
 */
public record CanvasComment(String id, double x, double y, double width, double height, String text) {
    /** The layout field holding the comments. */
    public static final String FIELD = "comments";

    public CanvasComment {
        text = text == null ? "" : text;
    }

    public CanvasComment movedTo(double nx, double ny) {
        return new CanvasComment(id, nx, ny, width, height, text);
    }

    public CanvasComment resized(double w, double h) {
        return new CanvasComment(id, x, y, w, h, text);
    }

    public CanvasComment withText(String t) {
        return new CanvasComment(id, x, y, width, height, t);
    }

    /** The comments of a document, in the order they are drawn; malformed entries are skipped. */
    public static List<CanvasComment> read(CanvasDocument doc) {
        List<CanvasComment> out = new ArrayList<>();
        if (doc.ui != null && doc.ui.extra(FIELD) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("id") != null) {
                    out.add(new CanvasComment(String.valueOf(m.get("id")), num(m.get("x"), 0), num(m.get("y"), 0),
                        num(m.get("width"), 200), num(m.get("height"), 100),
                        m.get("text") == null ? "" : String.valueOf(m.get("text"))));
                }
            }
        }
        return out;
    }

    static void write(CanvasDocument doc, List<CanvasComment> comments) {
        if (comments.isEmpty()) {
            doc.ui.extra().remove(FIELD);
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (CanvasComment c : comments) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("x", c.x());
            m.put("y", c.y());
            m.put("width", c.width());
            m.put("height", c.height());
            m.put("text", c.text());
            list.add(m);
        }
        doc.ui.putExtra(FIELD, list);
    }

    private static double num(Object o, double fallback) {
        return o instanceof Number n ? n.doubleValue() : fallback;
    }
}
