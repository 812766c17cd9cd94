package dev.rivulet.modules.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.Endpoint;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.testkit.CanvasRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue entries of the Rivulet additions (DefinitionChecks covers Streamr modules, which have ids). */
class AnalyticsModulesTest {
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
        Map.entry("json-path", "Map"), Map.entry("pick-fields", "Map"), Map.entry("rename-fields", "Map"),
        Map.entry("drop-fields", "Map"), Map.entry("keyed-window", "Time Series/Windows"),
        Map.entry("join-by-key", "Time Series/Windows"), Map.entry("dedupe", "Utils"), Map.entry("debounce", "Utils"),
        Map.entry("throttle", "Utils"), Map.entry("change-detection", "Time Series/Triggers"),
        Map.entry("z-score-anomaly", "Time Series/Anomaly"), Map.entry("geo-distance", "Geo"),
        Map.entry("geofence", "Geo"), Map.entry("unit-conversion", "Time Series/Simple Math"));

    @Test
    void everyAdditionIsRegisteredWithoutStreamrIdInItsCategoryWithHelpEverywhere() {
        List<ModuleDefinition> defs = new AnalyticsModules().modules();
        assertThat(defs).extracting(ModuleDefinition::id).containsExactlyInAnyOrderElementsOf(CATEGORIES.keySet());
        for (ModuleDefinition d : defs) {
            assertThat(CanvasRun.REGISTRY.byId(d.id())).as(d.id()).isPresent();
            assertThat(CanvasRun.REGISTRY.byName(d.name())).as("name " + d.name()).contains(
                CanvasRun.REGISTRY.byId(d.id()).orElseThrow());
            assertThat(d.streamrId()).as(d.id()).isNull();
            assertThat(d.id()).isEqualTo(kebab(d.name()));
            assertThat(d.category()).isEqualTo(CATEGORIES.get(d.id()));
            assertThat(d.help()).as("help of " + d.id()).isNotBlank();
            List<String> problems = new ArrayList<>();
            ModuleInstance m = CanvasRun.REGISTRY.instantiate(CanvasRun.REGISTRY.newNode(d.id(), 1), problems);
            assertThat(problems).isEmpty();
            List<Endpoint> ports = new ArrayList<>(m.inputs());
            ports.addAll(m.params());
            ports.addAll(m.outputs());
            for (Endpoint e : ports) {
                assertThat(e.help()).as("help of " + d.id() + "." + e.name()).isNotBlank();
            }
        }
    }

    /** Our type ids are the kebab-case of the name (decision 0003). */
    private static String kebab(String name) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c) && (Character.isLowerCase(name.charAt(i - 1))
                || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
            if (boundary) {
                s.append('-');
            }
            s.append(Character.toLowerCase(c));
        }
        return s.toString();
    }
}
