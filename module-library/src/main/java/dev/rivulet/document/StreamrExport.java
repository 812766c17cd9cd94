package dev.rivulet.document;

import static dev.rivulet.document.StreamrJson.toJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One export of a native document to Streamr's JSON (see {@link StreamrCodec#toTree}). Connections become
 * {@code sourceId}/{@code connected} on the inputs they feed; endpoints without an id get a fresh one, used
 * consistently within this export; the document is not modified.
 */
final class StreamrExport {
    private final ModuleCatalog catalog;
    private final Supplier<String> endpointIds;
    private final CanvasDocument doc;
    private final List<String> problems;
    private final Map<String, String> outputIds = new HashMap<>();
    private final Map<String, ConnectionNode> into = new HashMap<>();
    private final Set<String> withTargets = new HashSet<>();

    StreamrExport(ModuleCatalog catalog, Supplier<String> endpointIds, CanvasDocument doc, List<String> problems) {
        this.catalog = catalog;
        this.endpointIds = endpointIds;
        this.doc = doc;
        this.problems = problems;
        indexConnections();
    }

    ObjectNode canvas() {
        ObjectNode out = StreamrJson.object();
        if (doc.id != null) {
            out.put("id", doc.id);
        }
        if (doc.name != null) {
            out.put("name", doc.name);
        }
        ArrayNode modules = out.putArray("modules");
        for (ModuleNode m : doc.modules) {
            modules.add(module(m));
        }
        ObjectNode settings = StreamrSettings.exportSettings(doc.settings == null ? new CanvasSettings() : doc.settings);
        // a canvas whose settings were not an object keeps what it had (see StreamrJson.RAW)
        if (!settings.isEmpty() || !StreamrJson.raw(doc).containsKey("settings")) {
            out.set("settings", settings);
        }
        if (doc.ui != null && !doc.ui.extra().isEmpty()) {
            ObjectNode ui = out.putObject(StreamrCodec.UI_EXTRAS);
            doc.ui.extra().forEach((k, v) -> ui.set(k, toJson(v)));
        }
        StreamrJson.putExtras(out, doc);
        StreamrJson.putRawFallbacks(out, doc);
        return out;
    }

    private ObjectNode module(ModuleNode m) {
        StreamrLegacy.Undo undo = StreamrLegacy.Undo.of(m);
        Integer streamrId = undo != null ? Integer.valueOf(undo.legacyId()) : streamrId(m.type);
        ObjectNode o = StreamrJson.object();
        if (streamrId == null) {
            problems.add(StreamrCodec.describe(m) + ": module type " + m.type
                + " has no Streamr equivalent; exported with id null");
            o.putNull("id");
        } else {
            o.put("id", streamrId);
        }
        if (m.name != null) {
            o.put("name", m.name);
        }
        if (m.displayName != null) {
            o.put("displayName", m.displayName);
        }
        o.put("hash", m.hash);
        if (m.extra().containsKey(StreamrCodec.STREAMR_TYPE)) {
            o.set("type", toJson(m.extra(StreamrCodec.STREAMR_TYPE)));
        }
        String moduleName = m.name != null ? m.name : "";
        o.set("params", ports(m, m.params, undo, moduleName, true));
        o.set("inputs", ports(m, m.inputs, undo, moduleName, true));
        o.set("outputs", ports(m, m.outputs, undo, moduleName, false));
        if (!m.options.isEmpty()) {
            ObjectNode options = o.putObject("options");
            m.options.forEach((k, v) -> options.set(k, StreamrPorts.exportOption(v)));
        }
        CanvasLayout.ModuleLayout layout = doc.ui == null ? null : doc.ui.of(m.hash);
        if (layout != null) {
            o.set("layout", StreamrLayout.exportLayout(layout));
        }
        StreamrJson.putExtras(o, m, StreamrCodec.STREAMR_TYPE, StreamrLegacy.EXTRA);
        StreamrJson.putRawFallbacks(o, m);
        return o;
    }

    private ArrayNode ports(ModuleNode m, List<PortNode> ports, StreamrLegacy.Undo undo, String moduleName,
                            boolean targets) {
        ArrayNode array = StreamrJson.object().arrayNode();
        for (PortNode p : ports) {
            if (undo != null && undo.skip(p)) {
                continue;
            }
            String name = undo != null ? undo.streamrName(p) : p.name;
            boolean writeVariadic = undo == null || undo.writeVariadic(p);
            if (targets) {
                ConnectionNode c = into.get(key(m.hash, p.name));
                String sourceId = c != null ? outputIds.get(key(c.from.module, c.from.port)) : null;
                boolean feedback = c != null ? c.feedback : Boolean.TRUE.equals(p.extra("feedback"));
                if (sourceId == null && p.extra(StreamrCodec.DANGLING_SOURCE_ID) instanceof String dangling) {
                    sourceId = dangling;
                }
                String id = p.id != null ? p.id : endpointIds.get();
                array.add(StreamrPorts.exportPort(p, name, id, writeVariadic, moduleName, sourceId, sourceId != null,
                    feedback));
            } else {
                array.add(StreamrPorts.exportPort(p, name, outputIds.get(key(m.hash, p.name)), writeVariadic,
                    moduleName, null, withTargets.contains(key(m.hash, p.name)), false));
            }
        }
        return array;
    }

    private Integer streamrId(String type) {
        if (type == null) {
            return null;
        }
        if (type.startsWith(ModuleCatalog.STREAMR_PREFIX)) {
            try {
                return Integer.parseInt(type.substring(ModuleCatalog.STREAMR_PREFIX.length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return catalog.streamrIdForType(type).orElse(null);
    }

    /** Output endpoint ids (kept, or generated once), and which output feeds each input. */
    private void indexConnections() {
        Set<String> targets = new HashSet<>();
        for (ModuleNode m : doc.modules) {
            for (PortNode p : m.outputs) {
                outputIds.putIfAbsent(key(m.hash, p.name), p.id != null ? p.id : endpointIds.get());
            }
            for (PortNode p : m.inputs) {
                targets.add(key(m.hash, p.name));
            }
            for (PortNode p : m.params) {
                targets.add(key(m.hash, p.name));
            }
        }
        for (ConnectionNode c : doc.connections) {
            String to = key(c.to.module, c.to.port);
            String from = key(c.from.module, c.from.port);
            if (!targets.contains(to) || !outputIds.containsKey(from)) {
                problems.add("connection " + c + " refers to a missing port; not exported");
                continue;
            }
            if (into.putIfAbsent(to, c) != null) {
                problems.add("connection " + c + " is a second connection into one input; Streamr keeps one, "
                    + "so it is not exported");
                continue;
            }
            withTargets.add(from);
        }
    }

    private static String key(int hash, String port) {
        return hash + "\u0000" + port;
    }
}
