package dev.rivulet.modules.list;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the List and Map modules share: immutable copies (a List or Map that arrives may be held by other modules, so
 * it is never changed in place), equality and ordering of values, whole-number parameters, and list/map parameters
 * written as text.
 *
 * <p>Usage: {@code out.send(CollectionValues.freeze(copy));} {@code int i = CollectionValues.wholeNumber(index);}
 */
public final class CollectionValues {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** An empty list that can be sent (it cannot be changed). */
    public static final List<Object> EMPTY_LIST = Collections.emptyList();

    private CollectionValues() {
    }

    /**
     * Wraps a list the caller has just built, so nobody downstream can change it. The list may hold nulls (a JSON list
     * can), which {@code List.copyOf} would refuse.
     */
    public static List<Object> freeze(List<Object> fresh) {
        return Collections.unmodifiableList(fresh);
    }

    /** Wraps a map the caller has just built (insertion order is kept). */
    public static Map<String, Object> freeze(Map<String, Object> fresh) {
        return Collections.unmodifiableMap(fresh);
    }

    /** A new, changeable copy of a list that arrived (to build the outgoing one from). */
    public static List<Object> copy(Collection<?> list) {
        return new ArrayList<>(list);
    }

    /** A new, changeable copy of a map that arrived, keeping its order. */
    public static Map<String, Object> copy(Map<String, ?> map) {
        return new LinkedHashMap<>(map);
    }

    /**
     * Whether two values are the same for ContainsItem, IndexOfItem, ContainsValue and Unique: numbers compare by value
     * whatever their Java type (1 from a JSON text equals 1.0 from a stream, 0 equals -0), lists and maps element by
     * element, everything else with equals.
     */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Number x && b instanceof Number y) {
            double dx = x.doubleValue();
            double dy = y.doubleValue();
            return dx == dy || (dx != dx && dy != dy);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !same(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a != null && a.equals(b);
    }

    /** A stand-in for a value that is equal (and hashes equally) exactly when {@link #same} holds. */
    public static Object identity(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == 0 ? 0.0 : d; // -0 and 0 are the same number
        }
        if (v instanceof List<?> l) {
            List<Object> k = new ArrayList<>(l.size());
            for (Object o : l) {
                k.add(identity(o));
            }
            return k;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> k = new java.util.HashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                k.put(e.getKey(), identity(e.getValue()));
            }
            return k;
        }
        return v;
    }

    /**
     * A total order for sorting mixed values (Streamr's sort failed on mixed types): numbers by value, then text
     * alphabetically, then false before true, then anything else by its text; empty (null) items last.
     */
    public static int compare(Object a, Object b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case 0: return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            case 1: return ((String) a).compareTo((String) b);
            case 2: return Boolean.compare((Boolean) a, (Boolean) b);
            case 3: return String.valueOf(a).compareTo(String.valueOf(b));
            default: return 0;
        }
    }

    private static int rank(Object v) {
        if (v instanceof Number) {
            return 0;
        }
        if (v instanceof String) {
            return 1;
        }
        if (v instanceof Boolean) {
            return 2;
        }
        return v == null ? 4 : 3;
    }

    /** The value of an integer parameter or input; a fraction or a huge number is reported as a bad value. */
    public static int wholeNumber(Input in) {
        double d = in.getDouble();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new ModuleException(in.name() + " must be a whole number, got " + in.getString());
        }
        return (int) d;
    }

    /** Like {@link #wholeNumber} but also refuses negative values. */
    public static int count(Input in) {
        int n = wholeNumber(in);
        if (n < 0) {
            throw new ModuleException(in.name() + " cannot be negative, got " + n);
        }
        return n;
    }

    /**
     * A list parameter's value: a list as saved in the canvas, or text holding a JSON list ("[1, 2, \"a\"]") or
     * comma-separated words ("a, b"). Numbers become doubles like every number in the engine.
     */
    public static List<Object> listValue(Object value, String what) {
        if (value == null) {
            return EMPTY_LIST;
        }
        if (value instanceof String s) {
            String t = s.trim();
            if (t.isEmpty()) {
                return EMPTY_LIST;
            }
            if (!t.startsWith("[")) {
                List<Object> words = new ArrayList<>();
                for (String w : t.split(",")) {
                    words.add(w.trim());
                }
                return freeze(words);
            }
            value = parseJson(t, what, "a list");
        }
        if (value instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) normalise(l);
            return list;
        }
        throw new ModuleException(what + " must be a list, got " + value);
    }

    /** A map parameter's value: a map as saved in the canvas, or text holding a JSON object. */
    public static Map<String, Object> mapValue(Object value, String what) {
        if (value == null) {
            return Collections.emptyMap();
        }
        if (value instanceof String s) {
            String t = s.trim();
            if (t.isEmpty()) {
                return Collections.emptyMap();
            }
            value = parseJson(t, what, "a map (JSON object)");
        }
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) normalise(m);
            return map;
        }
        throw new ModuleException(what + " must be a map, got " + value);
    }

    private static Object parseJson(String text, String what, String kind) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new ModuleException(what + " is not " + kind + ": " + e.getOriginalMessage());
        }
    }

    /** An unchangeable deep copy with every number as a double and every map key as text. */
    private static Object normalise(Object v) {
        if (v instanceof Number n && !(v instanceof Double)) {
            return n.doubleValue();
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(normalise(o));
            }
            return freeze(out);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), normalise(e.getValue()));
            }
            return freeze(out);
        }
        return v;
    }
}
