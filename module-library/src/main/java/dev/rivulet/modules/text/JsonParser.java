package dev.rivulet.modules.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's JsonParser: turns JSON text into a value: an object becomes a map (keys in their order), an array a
 * list, and text, numbers and true/false stay what they are. {@code errors} is sent with every input: empty when the
 * text was valid JSON, else one message saying what is wrong and where; {@code result} is sent only for valid JSON.
 *
 * <p>Every number becomes a double, the one number type on a canvas (whole numbers above 2^53, such as some ids,
 * lose their last digits: keep those in quotes). JSON null inside objects and arrays is kept as an empty value;
 * a text that is just {@code null} sends an empty {@code errors} and no result, since there is no value to send.
 * The maps and lists cannot be changed by the modules they reach, as in Streamr, so one parsed value can feed many
 * modules safely. Text after the JSON value ("{} x") is an error, which Streamr's parser silently ignored.
 */
public final class JsonParser extends ModuleInstance {
    private static final ObjectReader READER = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .reader();

    private final Input json = stringInput("json").help("JSON text, e.g. {\"price\": 10.5, \"tags\": [\"a\"]}.");
    private final Output errors = output("errors", DataType.LIST)
        .help("Empty when the text was valid JSON; otherwise a message saying what is wrong and where.");
    private final Output result = anyOutput("result")
        .help("The parsed value: a map for an object, a list for an array, or the text, number or true/false.");

    @Override
    public void sendOutput() {
        String text = TextForms.of(json);
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            errors.send(List.of(describe(e)));
            return;
        }
        if (node == null || node.isMissingNode()) {
            errors.send(List.of("no JSON value: the text is empty"));
            return;
        }
        Object value = convert(node);
        if (value != null) {
            result.send(value);
        }
        errors.send(List.of());
    }

    private static String describe(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        // Jackson appends hints meant for programmers after a newline
        int cut = msg == null ? -1 : msg.indexOf('\n');
        msg = cut >= 0 ? msg.substring(0, cut) : msg;
        JsonLocation at = e.getLocation();
        if (e instanceof JsonParseException && at != null && at.getLineNr() > 0) {
            return msg + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return msg;
    }

    /** Plain Java values: unmodifiable maps and lists, String, Double, Boolean, null. */
    static Object convert(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), convert(e.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(convert(item));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return null;
    }
}
