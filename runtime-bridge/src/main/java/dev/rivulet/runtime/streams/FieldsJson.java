package dev.rivulet.runtime.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of a field schema, {@code [{"name": "price", "type": "number"}, ...]}, as stored and exported. */
public final class FieldsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldsJson() {
    }

    public static String write(List<FieldDefinition> fields) {
        ArrayNode a = JSON.createArrayNode();
        for (FieldDefinition f : fields) {
            a.addObject().put("name", f.name()).put("type", f.type().label());
        }
        return a.toString();
    }

    /** Parses a schema; types as {@link FieldType#parse} accepts them (Streamr's "number", "string"...). */
    public static List<FieldDefinition> read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("field list is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static List<FieldDefinition> read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("fields must be a JSON array of {name, type}");
        }
        List<FieldDefinition> out = new ArrayList<>();
        for (JsonNode f : node) {
            out.add(new FieldDefinition(f.path("name").asText(""), FieldType.parse(f.path("type").asText(""))));
        }
        return out;
    }
}
