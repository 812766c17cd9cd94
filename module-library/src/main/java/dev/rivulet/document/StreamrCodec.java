package dev.rivulet.document;

import static dev.rivulet.document.StreamrJson.isInt;
import static dev.rivulet.document.StreamrJson.putRaw;
import static dev.rivulet.document.StreamrJson.toJava;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Converts Streamr canvases (the REST object {@code {id, name, state, adhoc, settings, modules, uiChannel, ...}} or a
 * bare {@code {modules, settings}}) to native documents and back, losslessly.
 *
 * <ul>
 *   <li>Module ids map to our types through the {@link ModuleCatalog}; ids without a type become
 *       {@code "streamr:<id>"} (an error stub until implemented); legacy hidden ids map to their modern type and keep
 *       the original id for export (see {@link StreamrLegacy}).</li>
 *   <li>Connections, stored by Streamr only as {@code sourceId} on inputs and parameters, become
 *       {@link ConnectionNode}s; export writes {@code sourceId}/{@code connected} back from them. A {@code sourceId}
 *       that points nowhere stays on its port as {@value #DANGLING_SOURCE_ID} and is reported.</li>
 *   <li>Generated endpoint fields ({@code connected}, {@code longName}, {@code sourceId}) are regenerated on export;
 *       everything we do not model (jsModule, canClearState, uiChannel, tableConfig, acceptedTypes, targets...) is kept
 *       in extras and written back.</li>
 *   <li>Layout "px" strings become numbers in {@link CanvasLayout}; settings map to {@link CanvasSettings}.</li>
 * </ul>
 *
 * <p>Usage: {@code List<String> problems = new ArrayList<>(); CanvasDocument doc = new StreamrCodec(registry)
 * .read(path, problems);}
 */
public final class StreamrCodec {
    /** Module extra: Streamr's own module "type" ("module", "chart dashboard", ...), which our "type" replaces. */
    public static final String STREAMR_TYPE = "streamrType";
    /** Port extra: a Streamr sourceId that matched no output endpoint of the canvas. */
    public static final String DANGLING_SOURCE_ID = "danglingSourceId";
    /**
     * Canvas field holding the native layout's own fields (comments, groups), which Streamr has no place for and
     * ignores; written on export and read back on import so a round trip through Streamr JSON keeps them.
     */
    public static final String UI_EXTRAS = "rivuletUi";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ModuleCatalog catalog;
    private final Supplier<String> endpointIds;

    public StreamrCodec(ModuleCatalog catalog) {
        this(catalog, StreamrCodec::randomEndpointId);
    }

    /** With a custom id source for endpoints that have no id yet (tests use a counter). */
    public StreamrCodec(ModuleCatalog catalog, Supplier<String> endpointIds) {
        this.catalog = catalog;
        this.endpointIds = endpointIds;
    }

    /** "ep_" and 22 URL-safe characters, like Streamr's endpoint ids. */
    public static String randomEndpointId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "ep_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for a JSON object that looks like a Streamr canvas: a modules array of objects with numeric ids. */
    public static boolean looksLikeStreamr(JsonNode root) {
        if (root == null || !root.isObject() || root.has("schemaVersion")
            || !(root.get("modules") instanceof ArrayNode a)) {
            return false;
        }
        for (JsonNode m : a) {
            if (!m.isObject() || !(m.path("id").isIntegralNumber() || m.path("hash").isIntegralNumber())) {
                return false;
            }
        }
        return true;
    }

    // ---- import -------------------------------------------------------------------------------------------------

    public CanvasDocument read(Path file, List<String> problems) throws CanvasFormatException {
        String source = file.toString();
        return fromTree(JsonSupport.parse(JsonSupport.readFile(file), source), source, problems);
    }

    public CanvasDocument read(String json, String source, List<String> problems) throws CanvasFormatException {
        return fromTree(JsonSupport.parse(json.getBytes(StandardCharsets.UTF_8), source), source, problems);
    }

    /**
     * Imports a parsed Streamr canvas. Shapes that cannot be a canvas (modules not an array, a module without an
     * integer hash...) throw; dangling connections and duplicate endpoint ids are added to {@code problems}.
     */
    public CanvasDocument fromTree(JsonNode root, String source, List<String> problems)
        throws CanvasFormatException {
        if (!(root instanceof ObjectNode canvas)) {
            throw CanvasFormatException.structure(source, "$", "a canvas must be a JSON object");
        }
        if (!(canvas.get("modules") instanceof ArrayNode)) {
            throw CanvasFormatException.structure(source, "$.modules", "expected an array of modules");
        }
        CanvasDocument doc = new CanvasDocument();
        Wiring wiring = new Wiring();
        for (Iterator<Map.Entry<String, JsonNode>> it = canvas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue();
            switch (k) {
                case "id" -> doc.id = textOrRaw(doc, k, v);
                case "name" -> doc.name = textOrRaw(doc, k, v);
                case "settings" -> {
                    if (v instanceof ObjectNode s) {
                        doc.settings = StreamrSettings.importSettings(s);
                    } else {
                        putRaw(doc, k, v);
                    }
                }
                case "modules" -> {
                    int i = 0;
                    for (JsonNode m : v) {
                        doc.modules.add(importModule(m, "$.modules[" + i++ + "]", source, doc, wiring, problems));
                    }
                }
                case UI_EXTRAS -> {
                    if (v instanceof ObjectNode ui) {
                        ui.fields().forEachRemaining(e -> doc.ui.putExtra(e.getKey(), toJava(e.getValue())));
                    } else {
                        doc.putExtra(k, toJava(v));
                    }
                }
                default -> doc.putExtra(k, toJava(v));
            }
        }
        wiring.connect(doc, problems);
        return doc;
    }

    private ModuleNode importModule(JsonNode json, String path, String source, CanvasDocument doc, Wiring wiring,
                                    List<String> problems) throws CanvasFormatException {
        if (!(json instanceof ObjectNode m)) {
            throw CanvasFormatException.structure(source, path, "expected a module object");
        }
        if (!isInt(m.get("hash"))) {
            throw CanvasFormatException.structure(source, path + ".hash", "expected the module's hash (an integer)");
        }
        if (!isInt(m.get("id"))) {
            throw CanvasFormatException.structure(source, path + ".id", "expected a Streamr module id (an integer)");
        }
        ModuleNode node = new ModuleNode();
        node.hash = m.get("hash").intValue();
        int streamrId = m.get("id").intValue();
        StreamrLegacy.Mapping legacy = StreamrLegacy.forId(streamrId);
        Integer modernId = legacy != null ? legacy.modernId() : Integer.valueOf(streamrId);
        node.type = modernId == null ? ModuleCatalog.STREAMR_PREFIX + streamrId
            : catalog.typeIdForStreamrId(modernId).orElse(ModuleCatalog.STREAMR_PREFIX + modernId);
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue();
            switch (k) {
                case "id", "hash" -> { }
                case "name" -> node.name = textOrRaw(node, k, v);
                case "displayName" -> node.displayName = textOrRaw(node, k, v);
                case "type" -> node.putExtra(STREAMR_TYPE, toJava(v));
                case "params" -> importPorts(v, node.params, node, path + ".params", source, wiring, true);
                case "inputs" -> importPorts(v, node.inputs, node, path + ".inputs", source, wiring, true);
                case "outputs" -> {
                    importPorts(v, node.outputs, node, path + ".outputs", source, wiring, false);
                    for (PortNode p : node.outputs) {
                        wiring.addOutput(node.hash, p, problems);
                    }
                }
                case "options" -> {
                    if (v instanceof ObjectNode options && !options.isEmpty()) {
                        for (Iterator<Map.Entry<String, JsonNode>> o = options.fields(); o.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = o.next();
                            node.options.put(e.getKey(), StreamrPorts.importOption(e.getValue()));
                        }
                    } else {
                        putRaw(node, k, v);
                    }
                }
                case "layout" -> {
                    CanvasLayout.ModuleLayout layout = StreamrLayout.importLayout(v);
                    if (layout != null) {
                        doc.ui.put(node.hash, layout);
                    } else {
                        node.putExtra(k, toJava(v));
                    }
                }
                default -> node.putExtra(k, toJava(v));
            }
        }
        if (legacy != null) {
            StreamrLegacy.toModern(legacy, node);
        }
        return node;
    }

    private static void importPorts(JsonNode json, List<PortNode> into, ModuleNode node, String path, String source,
                                    Wiring wiring, boolean targets) throws CanvasFormatException {
        if (!(json instanceof ArrayNode array)) {
            throw CanvasFormatException.structure(source, path, "expected an array of endpoints");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode ep = array.get(i);
            PortNode p = StreamrPorts.importPort(ep, path + "[" + i + "]", source);
            into.add(p);
            JsonNode sourceId = ep.get("sourceId");
            if (targets && sourceId != null && sourceId.isTextual()) {
                wiring.pending.add(new Pending(node, p, sourceId.textValue()));
            }
        }
    }

    private static String textOrRaw(Extensible node, String key, JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        putRaw(node, key, v);
        return null;
    }

    private record Pending(ModuleNode module, PortNode port, String sourceId) {
    }

    /** Output endpoints by id, and the sourceIds waiting for them (modules may refer forward). */
    private static final class Wiring {
        final Map<String, ConnectionNode.PortRef> outputs = new HashMap<>();
        final List<Pending> pending = new ArrayList<>();

        void addOutput(int hash, PortNode p, List<String> problems) {
            if (p.id == null) {
                return;
            }
            ConnectionNode.PortRef previous = outputs.putIfAbsent(p.id, new ConnectionNode.PortRef(hash, p.name));
            if (previous != null) {
                problems.add("output endpoint id " + p.id + " is used twice (" + previous + " and " + hash + "."
                    + p.name + "); connections use the first");
            }
        }

        void connect(CanvasDocument doc, List<String> problems) {
            for (Pending w : pending) {
                ConnectionNode.PortRef from = outputs.get(w.sourceId());
                if (from == null) {
                    w.port().putExtra(DANGLING_SOURCE_ID, w.sourceId());
                    problems.add(describe(w.module()) + ": " + w.port().name + " was connected to endpoint "
                        + w.sourceId() + ", which is not in this canvas; the connection is kept but inactive");
                    continue;
                }
                ConnectionNode c = new ConnectionNode(from.module, from.port, w.module().hash, w.port().name);
                c.feedback = Boolean.TRUE.equals(w.port().extra("feedback"));
                doc.connections.add(c);
            }
        }
    }

    static String describe(ModuleNode m) {
        return (m.name != null ? m.name : m.type) + " (" + m.hash + ")";
    }

    // ---- export -------------------------------------------------------------------------------------------------

    public String write(CanvasDocument doc, List<String> problems) {
        try {
            return JsonSupport.PRETTY.writeValueAsString(toTree(doc, problems)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise canvas: " + e.getMessage(), e);
        }
    }

    public void write(CanvasDocument doc, Path file, List<String> problems) throws IOException {
        NativeCodec.writeAtomically(file, JsonSupport.PRETTY.writeValueAsBytes(toTree(doc, problems)), true);
    }

    /**
     * The document in Streamr's format. What Streamr cannot express (a type with no Streamr id, a second connection
     * into one input) is reported in {@code problems}; the document is not modified.
     */
    public ObjectNode toTree(CanvasDocument doc, List<String> problems) {
        return new StreamrExport(catalog, endpointIds, doc, problems).canvas();
    }
}
