package dev.rivulet.runtime.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON kept in {@code dashboards.layout}: {@code {"schemaVersion": 1, "columns": 12, "items": [{"canvas", "module",
 * "widget", "title", "x", "y", "w", "h"}]}}. Versioned so that later layouts keep reading old rows.
 */
final class DashboardLayoutCodec {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardLayoutCodec() {
    }

    static String write(Dashboard d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("columns", d.columns());
        ArrayNode items = root.putArray("items");
        for (DashboardItem i : d.items()) {
            items.addObject().put("canvas", i.canvasId()).put("module", i.modulePath()).put("widget", i.widgetKind())
                .put("title", i.title()).put("x", i.column()).put("y", i.row()).put("w", i.width())
                .put("h", i.height());
        }
        return root.toString();
    }

    static Dashboard read(String id, String name, long updated, String layout) {
        try {
            JsonNode root = JSON.readTree(layout);
            int version = root.path("schemaVersion").asInt(0);
            if (version < 1 || version > SCHEMA_VERSION) {
                throw new DashboardException("dashboard \"" + name + "\" has layout version " + version
                    + "; this Rivulet reads versions 1 to " + SCHEMA_VERSION);
            }
            List<DashboardItem> items = new ArrayList<>();
            for (JsonNode i : root.path("items")) {
                items.add(new DashboardItem(i.path("canvas").asText(), i.path("module").asText(),
                    i.path("widget").asText(), i.path("title").asText(), i.path("x").asInt(), i.path("y").asInt(),
                    i.path("w").asInt(1), i.path("h").asInt(1)));
            }
            return new Dashboard(id, name, root.path("columns").asInt(Dashboard.DEFAULT_COLUMNS), items, updated);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new DashboardException("dashboard \"" + name + "\" has an unreadable layout: " + e.getMessage(), e);
        }
    }
}
