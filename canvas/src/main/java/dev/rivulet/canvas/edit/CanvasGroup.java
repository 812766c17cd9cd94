package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named group of modules that can be collapsed to one box, kept in the layout's {@code groups} field (layout, not
 * logic: the engine never sees it; older readers and Streamr exports keep it as an unknown field). Members are module
 * hashes; a hash whose module is gone stays listed (an undo may bring the module back) and is simply not drawn.
 *
 * <p>Usage: {@code List<CanvasGroup> groups = CanvasGroup.read(doc);}
 */
public record CanvasGroup(String id, String title, List<Integer> members, boolean collapsed) {
    /** The layout field holding the groups. */
    public static final String FIELD = "groups";

    public CanvasGroup {
        title = title == null || title.isBlank() ? "Group" : title;
        members = List.copyOf(members);
    }

    public CanvasGroup withCollapsed(boolean c) {
        return new CanvasGroup(id, title, members, c);
    }

    public CanvasGroup withTitle(String t) {
        return new CanvasGroup(id, t, members, collapsed);
    }

    public CanvasGroup withMembers(List<Integer> m) {
        return new CanvasGroup(id, title, m, collapsed);
    }

    /** The groups of a document, in the order they are drawn; malformed entries are skipped. */
    public static List<CanvasGroup> read(CanvasDocument doc) {
        List<CanvasGroup> out = new ArrayList<>();
        if (doc.ui != null && doc.ui.extra(FIELD) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("id") != null && m.get("members") instanceof List<?> ms) {
                    List<Integer> members = new ArrayList<>();
                    for (Object h : ms) {
                        if (h instanceof Number n) {
                            members.add(n.intValue());
                        }
                    }
                    out.add(new CanvasGroup(String.valueOf(m.get("id")),
                        m.get("title") == null ? null : String.valueOf(m.get("title")), members,
                        Boolean.TRUE.equals(m.get("collapsed"))));
                }
            }
        }
        return out;
    }

    static void write(CanvasDocument doc, List<CanvasGroup> groups) {
        if (groups.isEmpty()) {
            doc.ui.extra().remove(FIELD);
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (CanvasGroup g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("title", g.title());
            m.put("members", new ArrayList<>(g.members()));
            m.put("collapsed", g.collapsed());
            list.add(m);
        }
        doc.ui.putExtra(FIELD, list);
    }
}
