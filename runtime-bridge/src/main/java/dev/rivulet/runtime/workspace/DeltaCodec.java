package dev.rivulet.runtime.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.document.CanvasLayout;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;

/**
 * The JSON of one {@code edit_journal.command} row (format 1):
 * <pre>{@code
 * {"format": 1,
 *  "document": {...native canvas...},                      // optional: replaces everything before
 *  "modules": [{"hash": 7, "node": {...}, "layout": {...}}, {"hash": 9, "removed": true}],
 *  "connections": [{"connection": {"from": ..., "to": ...}}, {"removed": {"from": ..., "to": ...}}],
 *  "layoutExtra": {"comments": [...], "groups": [...]}}   // optional: the layout's own fields, replaced whole
 * }</pre>
 * Entries are applied in the order written. Thread-safe.
 */
final class DeltaCodec {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = WorkspaceJson.MAPPER;

    private final WorkspaceJson json;

    DeltaCodec(WorkspaceJson json) {
        this.json = json;
    }

    String write(CanvasDelta delta) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        if (delta.document() != null) {
            root.set("document", json.tree(delta.document()));
        }
        ArrayNode modules = root.putArray("modules");
        delta.modules().forEach((hash, state) -> {
            ObjectNode m = modules.addObject().put("hash", hash);
            if (state.node() == null) {
                m.put("removed", true);
            } else {
                m.set("node", MAPPER.valueToTree(state.node()));
                if (state.layout() != null) {
                    m.set("layout", MAPPER.valueToTree(state.layout()));
                }
            }
        });
        ArrayNode connections = root.putArray("connections");
        delta.connections().forEach((key, c) -> {
            if (c == null) {
                connections.addObject().set("removed",
                    MAPPER.valueToTree(new ConnectionNode(key.fromModule(), key.fromPort(), key.toModule(),
                        key.toPort())));
            } else {
                connections.addObject().set("connection", MAPPER.valueToTree(c));
            }
        });
        if (delta.layoutExtra() != null) {
            root.set("layoutExtra", MAPPER.valueToTree(delta.layoutExtra().extra()));
        }
        return root.toString();
    }

    CanvasDelta read(String text, String source) {
        try {
            JsonNode root = MAPPER.readTree(text);
            int format = root.path("format").asInt(-1);
            if (format != FORMAT) {
                throw new WorkspaceException(source + ": journal entry format " + format + " is not supported");
            }
            CanvasDelta delta = new CanvasDelta();
            if (root.hasNonNull("document")) {
                delta.replaceDocument(json.fromTree(root.get("document"), source));
            }
            for (JsonNode m : root.path("modules")) {
                if (m.path("removed").asBoolean(false)) {
                    delta.removeModule(m.path("hash").asInt());
                } else {
                    ModuleLayout layout = m.hasNonNull("layout")
                        ? MAPPER.treeToValue(m.get("layout"), ModuleLayout.class) : null;
                    delta.upsertModule(MAPPER.treeToValue(m.get("node"), ModuleNode.class), layout);
                }
            }
            for (JsonNode c : root.path("connections")) {
                if (c.has("removed")) {
                    delta.removeConnection(MAPPER.treeToValue(c.get("removed"), ConnectionNode.class));
                } else {
                    delta.addConnection(MAPPER.treeToValue(c.get("connection"), ConnectionNode.class));
                }
            }
            if (root.get("layoutExtra") instanceof ObjectNode extra) {
                CanvasLayout layout = new CanvasLayout();
                extra.fields().forEachRemaining(f -> layout.putExtra(f.getKey(),
                    MAPPER.convertValue(f.getValue(), Object.class)));
                delta.replaceLayoutExtra(layout);
            }
            return delta;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new WorkspaceException(source + ": unreadable journal entry: " + e.getMessage(), e);
        }
    }
}
