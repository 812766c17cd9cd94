package dev.rivulet.modules.analytics;

import dev.rivulet.testkit.CanvasRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders shared by the analytics module tests. */
final class Fixtures {
    private Fixtures() {
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** A map with the given keys and values, in order (numbers as given: use doubles for stream-like records). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Keys of a map in its order (map equality ignores order). */
    @SuppressWarnings("unchecked")
    static List<String> keys(Object map) {
        return new ArrayList<>(((Map<String, ?>) map).keySet());
    }

    /**
     * Why modules failed to start, without the "failed to initialize: " prefix. (The same messages also appear as
     * configuration problems, "parameter ...", which canvas validation shows before a run.)
     */
    static List<String> startFailures(CanvasRun run) {
        List<String> list = new ArrayList<>();
        for (List<String> problems : run.runtime().problems().values()) {
            for (String p : problems) {
                if (p.startsWith("failed to initialize: ")) {
                    list.add(p.substring("failed to initialize: ".length()));
                }
            }
        }
        return list;
    }

    static List<String> startFailures(CanvasRun run, int hash) {
        List<String> list = new ArrayList<>();
        for (String p : run.runtime().problems().getOrDefault(hash, List.of())) {
            if (p.startsWith("failed to initialize: ")) {
                list.add(p.substring("failed to initialize: ".length()));
            }
        }
        return list;
    }
}
