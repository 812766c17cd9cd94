package dev.rivulet.document;

import static dev.rivulet.document.StreamrJson.putRaw;
import static dev.rivulet.document.StreamrJson.toJava;
import static dev.rivulet.document.StreamrJson.toJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Streamr's canvas settings to and from {@link CanvasSettings}: {@code editorState.runTab} ("#tab-realtime" /
 * "#tab-historical") becomes {@code mode}; dates and speed stay strings as written; {@code serializationEnabled}
 * ("true"/"false" strings in Streamr) becomes a Boolean. Everything else ({@code timeOfDayFilter},
 * {@code parentCanvasId}, ...) is kept in the extras.
 */
final class StreamrSettings {
    private static final String REALTIME_TAB = "#tab-realtime";
    private static final String HISTORICAL_TAB = "#tab-historical";

    private StreamrSettings() {
    }

    static CanvasSettings importSettings(ObjectNode json) {
        CanvasSettings s = new CanvasSettings();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String k = f.getKey();
            JsonNode v = f.getValue();
            switch (k) {
                case "beginDate" -> s.beginDate = text(s, k, v);
                case "endDate" -> s.endDate = text(s, k, v);
                case "speed" -> s.speed = text(s, k, v);
                case "serializationEnabled" -> {
                    if (v.isBoolean()) {
                        s.serializationEnabled = v.booleanValue();
                        putRaw(s, k, v);
                    } else if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
                        s.serializationEnabled = Boolean.parseBoolean(v.textValue());
                    } else {
                        putRaw(s, k, v);
                    }
                }
                case "editorState" -> importEditorState(s, v);
                default -> s.putExtra(k, toJava(v));
            }
        }
        return s;
    }

    private static void importEditorState(CanvasSettings s, JsonNode v) {
        String mode = null;
        if (v instanceof ObjectNode o && o.get("runTab") != null && o.get("runTab").isTextual()) {
            String tab = o.get("runTab").textValue();
            mode = tab.equals(REALTIME_TAB) ? "realtime" : tab.equals(HISTORICAL_TAB) ? "historical" : null;
        }
        if (mode == null) {
            s.putExtra("editorState", toJava(v));
            return;
        }
        s.mode = mode;
        ObjectNode rest = ((ObjectNode) v).deepCopy();
        rest.remove("runTab");
        if (!rest.isEmpty()) {
            s.putExtra("editorState", toJava(rest));
        }
    }

    static ObjectNode exportSettings(CanvasSettings s) {
        ObjectNode o = StreamrJson.object();
        if (s.mode != null) {
            ObjectNode editorState = s.extra("editorState") instanceof Map<?, ?> m
                ? (ObjectNode) toJson(m) : StreamrJson.object();
            editorState.put("runTab", s.mode.equals("historical") ? HISTORICAL_TAB : REALTIME_TAB);
            o.set("editorState", editorState);
        }
        if (s.beginDate != null) {
            o.put("beginDate", s.beginDate);
        }
        if (s.endDate != null) {
            o.put("endDate", s.endDate);
        }
        if (s.speed != null) {
            o.put("speed", s.speed);
        }
        if (s.serializationEnabled != null) {
            Object raw = StreamrJson.raw(s).get("serializationEnabled");
            // Streamr's editor writes the strings "true"/"false"; keep a JSON boolean if that is what was read
            o.set("serializationEnabled", s.serializationEnabled.equals(raw) ? toJson(raw)
                : toJson(s.serializationEnabled.toString()));
        }
        StreamrJson.putExtras(o, s);
        StreamrJson.putRawFallbacks(o, s);
        return o;
    }

    private static String text(CanvasSettings s, String key, JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        putRaw(s, key, v);
        return null;
    }
}
