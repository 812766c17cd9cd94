package dev.rivulet.modules.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.Endpoint;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.ModuleNode;
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
            // modules that cannot work without being told what to do say so as soon as they are placed
            if (d.id().equals("pick-fields")) {
                assertThat(problems).containsExactly("fields is empty: list the fields to keep, e.g. price, volume as"
                    + " qty");
            } else if (d.id().equals("geofence")) {
                assertThat(problems).singleElement().asString().startsWith("polygon is empty");
            } else {
                assertThat(problems).as(d.id()).isEmpty();
            }
            List<Endpoint> ports = new ArrayList<>(m.inputs());
            ports.addAll(m.params());
            ports.addAll(m.outputs());
            for (Endpoint e : ports) {
                assertThat(e.help()).as("help of " + d.id() + "." + e.name()).isNotBlank();
            }
        }
    }

    @Test
    void badParametersAreValidationErrorsBeforeAnyRun() {
        CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
        ModuleNode units = b.add("unit-conversion");
        b.param(units, "from", "C").param(units, "to", "m");
        ModuleNode window = b.add("keyed-window");
        b.param(window, "kind", "hopping");
        ModuleNode fine = b.add("pick-fields");
        b.param(fine, "fields", "a, b as c");
        ModuleNode unfinished = b.add("geofence");
        List<Problem> all = new CanvasValidator(CanvasRun.REGISTRY).validate(b.build());
        List<Problem> problems = all.stream().filter(p -> p.kind() == Problem.Kind.BAD_VALUE).toList();
        // a required setting still empty is a warning: the module was just placed, not set wrong
        assertThat(all).filteredOn(p -> p.moduleHash() == unfinished.hash && p.message().contains("polygon"))
            .singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
                assertThat(p.message()).startsWith("polygon is empty");
            });
        // (the validator's own check of the choices adds a second problem for kind)
        assertThat(problems).extracting(Problem::moduleHash).containsOnly(units.hash, window.hash);
        assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).isEqualTo(
            "parameter to: cannot convert temperature (C) to length (m); C converts to C, K, F"))
            .anySatisfy(m -> assertThat(m).startsWith("parameter kind must be one of tumbling, sliding, session"));
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
