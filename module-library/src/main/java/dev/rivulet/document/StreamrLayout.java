package dev.rivulet.document;

import static dev.rivulet.document.StreamrJson.toJava;
import static dev.rivulet.document.StreamrJson.toJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streamr's module layout ({@code {position:{top:"32px", left:"32px"}, width:"250px", height:"150px", ...}}) to and
 * from {@link CanvasLayout.ModuleLayout} numbers. Values that do not read as a finite "Npx" length (Streamr has saved
 * "NaNpx") or that would print differently ("32.50px") keep their original text, used while the number is unchanged.
 */
final class StreamrLayout {
    /** ModuleLayout extra holding position keys other than top/left. */
    static final String POSITION_EXTRA = "streamrPosition";

    private StreamrLayout() {
    }

    /** The layout as numbers, or null when it has no usable position (the caller then keeps it verbatim). */
    static CanvasLayout.ModuleLayout importLayout(JsonNode json) {
        if (!(json instanceof ObjectNode layout) || !(layout.get("position") instanceof ObjectNode position)
            || !position.has("top") || !position.has("left")) {
            return null;
        }
        CanvasLayout.ModuleLayout l = new CanvasLayout.ModuleLayout();
        Double x = importLength(l, "left", position.get("left"));
        Double y = importLength(l, "top", position.get("top"));
        l.x = x == null ? 0 : x;
        l.y = y == null ? 0 : y;
        Map<String, Object> positionExtra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = position.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().equals("top") && !f.getKey().equals("left")) {
                positionExtra.put(f.getKey(), toJava(f.getValue()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = layout.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            switch (f.getKey()) {
                case "position" -> { }
                case "width" -> l.width = importLength(l, "width", f.getValue());
                case "height" -> l.height = importLength(l, "height", f.getValue());
                default -> l.putExtra(f.getKey(), toJava(f.getValue()));
            }
        }
        if (!positionExtra.isEmpty()) {
            l.putExtra(POSITION_EXTRA, positionExtra);
        }
        return l;
    }

    private static Double importLength(CanvasLayout.ModuleLayout l, String key, JsonNode v) {
        Double d = v.isTextual() ? parsePx(v.textValue()) : null;
        if (d == null || !formatPx(d).equals(v.textValue())) {
            StreamrJson.putRaw(l, key, v);
        }
        return d;
    }

    static ObjectNode exportLayout(CanvasLayout.ModuleLayout l) {
        Map<String, Object> raw = StreamrJson.raw(l);
        ObjectNode o = StreamrJson.object();
        ObjectNode position = o.putObject("position");
        position.set("top", length(l.y, raw.get("top"), raw.containsKey("top")));
        position.set("left", length(l.x, raw.get("left"), raw.containsKey("left")));
        if (l.extra(POSITION_EXTRA) instanceof Map<?, ?> extra) {
            extra.forEach((k, v) -> position.set(String.valueOf(k), toJson(v)));
        }
        JsonNode w = length(l.width, raw.get("width"), raw.containsKey("width"));
        if (w != null) {
            o.set("width", w);
        }
        JsonNode h = length(l.height, raw.get("height"), raw.containsKey("height"));
        if (h != null) {
            o.set("height", h);
        }
        StreamrJson.putExtras(o, l, POSITION_EXTRA);
        return o;
    }

    /** The original text while it still means the current value, else the value formatted as "Npx". */
    private static JsonNode length(Double value, Object original, boolean hasOriginal) {
        if (hasOriginal) {
            Double parsed = original instanceof String s ? parsePx(s) : null;
            boolean same = parsed == null ? value == null || value == 0 : parsed.equals(value);
            if (same) {
                return toJson(original);
            }
        }
        return value == null ? null : toJson(formatPx(value));
    }

    /** "32px" → 32.0; null for anything that is not a finite number followed by "px". */
    static Double parsePx(String s) {
        String t = s.endsWith("px") ? s.substring(0, s.length() - 2) : null;
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 32.0 → "32px", 32.5 → "32.5px" (never "32.0px" or exponent notation). */
    static String formatPx(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d + "px";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() + "px";
    }
}
