package dev.rivulet.modules.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A small JSONPath subset for reaching into maps and lists (parsed JSON or records from a stream).
 *
 * <p>Supported: an optional root {@code $}; child names after dots ({@code $.a.b}) or in brackets with quotes for
 * names holding dots, spaces or brackets ({@code $['a.b']}, {@code $["x y"]}); list positions ({@code [0]}, and
 * {@code [-1]} for the last item); the wildcard {@code *} ({@code $.items[*].price}, {@code $.prices.*}) for every
 * child. Without {@code $} the path starts with a name ({@code a.b[0].c}), as in GetFromMap. {@code $} alone (or an
 * empty path) is the whole value.
 *
 * <p>Not supported, and refused with a message when compiled: recursive descent ({@code ..}), filters
 * ({@code [?(...)]}), slices ({@code [0:2]}), unions ({@code [0,1]}) and functions. A definite path (no wildcard) gives
 * one value or {@link #MISSING}; a path with a wildcard gives the list of every match, possibly empty.
 *
 * <p>Usage: {@code Object v = JsonPathExpression.compile("$.a[0]").evaluate(map);}
 *
 * <p>Why not a JSONPath library: the well-kept one (Jayway) brings its own JSON providers and caches for a feature set
 * (filters, functions) whose semantics differ between implementations; the subset above is what analysts use to pick
 * a field and is fully specified here. Jackson's JsonPointer has no wildcards and no negative indexes.
 */
final class JsonPathExpression {
    /** The result of a definite path that leads nowhere. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "MISSING";
        }
    };

    private static final Object WILDCARD = new Object();

    /** Steps: a String is a child name, an Integer a list position, WILDCARD every child. */
    private final Object[] steps;
    private final boolean definite;
    private final String text;

    private JsonPathExpression(List<Object> steps, String text) {
        this.steps = steps.toArray();
        this.definite = !steps.contains(WILDCARD);
        this.text = text;
    }

    /** Parses a path; throws IllegalArgumentException saying what is wrong and where. */
    static JsonPathExpression compile(String path) {
        String p = path == null ? "" : path.trim();
        List<Object> steps = new ArrayList<>();
        int i = 0;
        if (p.startsWith("$")) {
            i = 1;
        } else if (!p.isEmpty() && p.charAt(0) != '[') {
            i = readName(p, 0, steps);
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.') {
                if (i + 1 < p.length() && p.charAt(i + 1) == '.') {
                    throw bad(p, i, "recursive descent (..) is not supported; write the full path");
                }
                if (i + 1 >= p.length()) {
                    throw bad(p, i, "a name must follow the dot");
                }
                i = readName(p, i + 1, steps);
            } else if (c == '[') {
                i = readBracket(p, i, steps);
            } else {
                throw bad(p, i, "expected . or [ but found '" + c + "'");
            }
        }
        return new JsonPathExpression(steps, p);
    }

    private static int readName(String p, int start, List<Object> steps) {
        int i = start;
        while (i < p.length() && p.charAt(i) != '.' && p.charAt(i) != '[') {
            if (p.charAt(i) == ']') {
                throw bad(p, i, "unexpected ]");
            }
            i++;
        }
        String name = p.substring(start, i).trim();
        if (name.isEmpty()) {
            throw bad(p, start, "empty name");
        }
        steps.add(name.equals("*") ? WILDCARD : name);
        return i;
    }

    private static int readBracket(String p, int open, List<Object> steps) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '\'' || p.charAt(i) == '"')) {
            char quote = p.charAt(i);
            StringBuilder name = new StringBuilder();
            i++;
            while (i < p.length() && p.charAt(i) != quote) {
                char c = p.charAt(i);
                if (c == '\\' && i + 1 < p.length()) {
                    c = p.charAt(++i);
                }
                name.append(c);
                i++;
            }
            if (i + 1 >= p.length() || p.charAt(i + 1) != ']') {
                throw bad(p, open, "unclosed quoted name: expected " + quote + "]");
            }
            steps.add(name.toString());
            return i + 2;
        }
        int close = p.indexOf(']', i);
        if (close < 0) {
            throw bad(p, open, "missing ]");
        }
        String inside = p.substring(i, close).trim();
        if (inside.equals("*")) {
            steps.add(WILDCARD);
        } else if (inside.startsWith("?") || inside.startsWith("(")) {
            throw bad(p, open, "filters and expressions ([?(...)]) are not supported");
        } else if (inside.contains(":")) {
            throw bad(p, open, "slices ([a:b]) are not supported; use [*] or one position");
        } else if (inside.contains(",")) {
            throw bad(p, open, "unions ([a,b]) are not supported; use one path per value");
        } else {
            try {
                steps.add(Integer.parseInt(inside));
            } catch (NumberFormatException e) {
                throw bad(p, open, "[" + inside + "] is not a list position; quote names: ['" + inside + "']");
            }
        }
        return close + 1;
    }

    private static IllegalArgumentException bad(String path, int at, String why) {
        return new IllegalArgumentException("path \"" + path + "\" at character " + (at + 1) + ": " + why);
    }

    /** False when the path has a wildcard: then {@link #evaluate} gives a list of matches. */
    boolean isDefinite() {
        return definite;
    }

    /**
     * The value at the path: for a definite path the value (which may be null for a JSON null) or {@link #MISSING};
     * with a wildcard an unmodifiable list of every match that is not null.
     */
    Object evaluate(Object root) {
        if (definite) {
            Object at = root;
            for (Object step : steps) {
                at = child(at, step);
                if (at == MISSING) {
                    return MISSING;
                }
            }
            return at;
        }
        List<Object> current = new ArrayList<>();
        current.add(root);
        for (Object step : steps) {
            List<Object> next = new ArrayList<>();
            for (Object at : current) {
                if (step == WILDCARD) {
                    if (at instanceof Map<?, ?> m) {
                        next.addAll(m.values());
                    } else if (at instanceof List<?> l) {
                        next.addAll(l);
                    }
                } else {
                    Object c = child(at, step);
                    if (c != MISSING) {
                        next.add(c);
                    }
                }
            }
            next.removeIf(o -> o == null);
            current = next;
        }
        return Collections.unmodifiableList(current);
    }

    private static Object child(Object at, Object step) {
        if (step instanceof String name) {
            if (at instanceof Map<?, ?> m && (m.containsKey(name))) {
                return m.get(name);
            }
            return MISSING;
        }
        if (step instanceof Integer index && at instanceof List<?> l) {
            int i = index < 0 ? l.size() + index : index;
            return i >= 0 && i < l.size() ? l.get(i) : MISSING;
        }
        return MISSING;
    }

    @Override
    public String toString() {
        return text;
    }
}
