package dev.rivulet.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Readable differences between two JSON trees (object key order ignored), for assertion messages. */
public final class JsonDiff {
    private JsonDiff() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a == null || b == null) {
            out.add(path + ": " + (a == null ? "missing" : a) + " != " + (b == null ? "missing" : b));
            return;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path + "." + k, a.get(k), b.get(k), out);
            }
        } else if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": array of " + a.size() + " != array of " + b.size());
            }
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            for (int i = 0; ia.hasNext() && ib.hasNext(); i++) {
                diff(path + "[" + i + "]", ia.next(), ib.next(), out);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " != " + b);
        }
    }
}
