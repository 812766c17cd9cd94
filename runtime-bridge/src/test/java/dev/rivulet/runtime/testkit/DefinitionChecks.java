package dev.rivulet.runtime.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.Endpoint;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleOption;
import java.util.ArrayList;
import java.util.List;

/**
 * (runtime-bridge's copy of module-library's test helper) Checks a module type's catalogue entry: Streamr id, name, category, aliases, and help on the module and on every
 * port, parameter and option of a freshly placed instance.
 *
 * <pre>{@code
 * DefinitionChecks.assertCatalogued("merge", 141, "Merge", "Utils");
 * }</pre>
 */
public final class DefinitionChecks {
    private DefinitionChecks() {
    }

    public static ModuleDefinition assertCatalogued(String typeId, int streamrId, String name, String category,
                                                    String... aliases) {
        ModuleDefinition def = CanvasRun.REGISTRY.byId(typeId).orElseThrow();
        assertThat(def.streamrId()).as("Streamr id of " + typeId).isEqualTo(streamrId);
        assertThat(def.name()).isEqualTo(name);
        assertThat(def.category()).isEqualTo(category);
        assertThat(def.aliases()).containsExactly(aliases);
        assertThat(def.help()).as("help of " + typeId).isNotBlank();
        assertThat(CanvasRun.REGISTRY.byStreamrId(streamrId)).contains(def);
        List<String> problems = new ArrayList<>();
        ModuleInstance m = CanvasRun.REGISTRY.instantiate(CanvasRun.REGISTRY.newNode(typeId, 1), problems);
        assertThat(problems).isEmpty();
        List<Endpoint> ports = new ArrayList<>(m.inputs());
        ports.addAll(m.params());
        ports.addAll(m.outputs());
        for (Endpoint e : ports) {
            assertThat(e.help()).as("help of " + typeId + "." + e.name()).isNotBlank();
        }
        for (ModuleOption o : m.options().values()) {
            assertThat(o.help()).as("help of option " + typeId + "." + o.name()).isNotBlank();
        }
        return def;
    }
}
