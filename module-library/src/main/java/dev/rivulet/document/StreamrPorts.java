package dev.rivulet.document;

import static dev.rivulet.document.StreamrJson.isInt;
import static dev.rivulet.document.StreamrJson.putRaw;
import static dev.rivulet.document.StreamrJson.toJava;
import static dev.rivulet.document.StreamrJson.toJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Streamr endpoint, variadic and option objects to and from {@link PortNode}, {@link VariadicNode} and
 * {@link OptionNode}. Generated endpoint fields ({@code connected}, {@code longName}, {@code sourceId}) are dropped on
 * import and regenerated on export; everything else we do not model stays in the node's extras.
 */
final class StreamrPorts {
    private StreamrPorts() {
    }

    /** A Streamr endpoint as a port; {@code sourceId} is left to the caller, which turns it into a connection. */
    static PortNode importPort(JsonNode json, String path, String source) throws CanvasFormatException {
        if (!(json instanceof ObjectNode ep)) {
            throw CanvasFormatException.structure(source, path, "expected an endpoint object");
        }
        JsonNode name = ep.get("name");
        if (name == null || !name.isTextual()) {
            throw CanvasFormatException.structure(source, path + ".name", "expected the endpoint's name (a string)");
        }
        PortNode p = new PortNode(name.textValue());
        for (Iterator<Map.Entry<String, JsonNode>> it = ep.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue();
            switch (k) {
                case "name", "connected", "longName" -> { }
                case "sourceId" -> {
                    if (!v.isTextual()) {
                        putRaw(p, k, v);
                    }
                }
                case "id" -> p.id = text(p, k, v);
                case "displayName" -> p.displayName = text(p, k, v);
                case "type" -> p.type = text(p, k, v);
                case "drivingInput" -> p.driving = bool(p, k, v);
                case "noRepeat" -> p.noRepeat = bool(p, k, v);
                case "export" -> p.export = bool(p, k, v);
                case "value" -> p.value = value(p, k, v);
                case "initialValue" -> p.initialValue = value(p, k, v);
                case "variadic" -> {
                    if (v.isObject()) {
                        p.variadic = importVariadic((ObjectNode) v);
                    } else {
                        putRaw(p, k, v);
                    }
                }
                default -> p.putExtra(k, toJava(v));
            }
        }
        return p;
    }

    /**
     * A port as a Streamr endpoint.
     *
     * @param streamrName the endpoint name to write (differs from the port name only for renamed legacy params)
     * @param moduleName  for the generated longName
     * @param sourceId    the id of the output feeding this input or parameter, or null
     * @param connected   whether the endpoint is connected (inputs: has a source; outputs: has targets)
     * @param feedback    for connected inputs: whether the connection is a feedback connection
     */
    static ObjectNode exportPort(PortNode p, String streamrName, String id, boolean writeVariadic, String moduleName,
                                 String sourceId, boolean connected, boolean feedback) {
        ObjectNode o = StreamrJson.object();
        o.put("id", id);
        o.put("name", streamrName);
        if (p.displayName != null) {
            o.put("displayName", p.displayName);
        }
        o.put("longName", moduleName + "." + (p.displayName != null ? p.displayName : streamrName));
        if (p.type != null) {
            o.put("type", p.type);
        }
        o.put("connected", connected);
        if (sourceId != null) {
            o.put("sourceId", sourceId);
            if (feedback || p.extra("feedback") != null) {
                o.put("feedback", feedback);
            }
        }
        if (p.value != null) {
            o.set("value", toJson(p.value));
        }
        if (p.driving != null) {
            o.put("drivingInput", p.driving);
        }
        if (p.initialValue != null) {
            o.set("initialValue", toJson(p.initialValue));
        }
        if (p.noRepeat != null) {
            o.put("noRepeat", p.noRepeat);
        }
        if (p.export != null) {
            o.put("export", p.export);
        }
        if (p.variadic != null && writeVariadic) {
            o.set("variadic", exportVariadic(p.variadic));
        }
        StreamrJson.putExtras(o, p, StreamrCodec.DANGLING_SOURCE_ID);
        StreamrJson.putRawFallbacks(o, p);
        if (o.get("id").isNull()) {
            o.remove("id");
        }
        return o;
    }

    private static VariadicNode importVariadic(ObjectNode json) {
        VariadicNode v = new VariadicNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode val = f.getValue();
            switch (k) {
                case "index" -> {
                    if (isInt(val)) {
                        v.index = val.intValue();
                    } else {
                        putRaw(v, k, val);
                    }
                }
                case "isLast" -> v.isLast = bool(v, k, val);
                case "linkedOutput" -> v.linkedOutput = text(v, k, val);
                case "disableGrow" -> v.disableGrow = bool(v, k, val);
                default -> v.putExtra(k, toJava(val));
            }
        }
        return v;
    }

    private static ObjectNode exportVariadic(VariadicNode v) {
        ObjectNode o = StreamrJson.object();
        if (v.index != null) {
            o.put("index", v.index);
        }
        if (v.isLast != null) {
            o.put("isLast", v.isLast);
        }
        if (v.linkedOutput != null) {
            o.put("linkedOutput", v.linkedOutput);
        }
        if (v.disableGrow != null) {
            o.put("disableGrow", v.disableGrow);
        }
        StreamrJson.putExtras(o, v);
        StreamrJson.putRawFallbacks(o, v);
        return o;
    }

    static OptionNode importOption(JsonNode json) {
        OptionNode o = new OptionNode();
        if (!(json instanceof ObjectNode obj)) {
            // not Streamr's {value, type} shape: keep it whole
            putRaw(o, "", json);
            return o;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            switch (f.getKey()) {
                case "value" -> o.value = value(o, "value", f.getValue());
                case "type" -> o.type = text(o, "type", f.getValue());
                default -> o.putExtra(f.getKey(), toJava(f.getValue()));
            }
        }
        return o;
    }

    static JsonNode exportOption(OptionNode option) {
        Map<String, Object> raw = StreamrJson.raw(option);
        if (raw.containsKey("") && option.value == null && option.type == null) {
            return toJson(raw.get(""));
        }
        ObjectNode o = StreamrJson.object();
        if (option.value != null) {
            o.set("value", toJson(option.value));
        }
        if (option.type != null) {
            o.put("type", option.type);
        }
        StreamrJson.putExtras(o, option);
        StreamrJson.putRawFallbacks(o, option);
        o.remove("");
        return o;
    }

    private static String text(Extensible node, String key, JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        putRaw(node, key, v);
        return null;
    }

    private static Boolean bool(Extensible node, String key, JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        putRaw(node, key, v);
        return null;
    }

    private static Object value(Extensible node, String key, JsonNode v) {
        if (v.isNull()) {
            putRaw(node, key, v);
            return null;
        }
        return toJava(v);
    }
}
