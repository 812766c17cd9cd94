package dev.rivulet.core.validation;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configured module instances for one validation pass. Modules whose saved nodes are equal but for the hash (same
 * {@link ConfigurationKey} tokens) share one instance and one list of reported problems when their type says its
 * configuration depends on the node alone ({@link ModuleInstance#configuredByNodeAlone()}); every other module is
 * configured on its own, as {@link ModuleRegistry#instantiate} always did. A generated 2,000-module canvas has about
 * 330 distinct configurations, and configuring is most of what validation costs.
 *
 * <p>Lives for one {@code validate} call (the document does not change during it), so it holds at most one entry per
 * module of the canvas and nothing outlives the call. The validator only reads the instances: it never runs,
 * initializes or renames them, and asks nothing of them that depends on the hash.
 *
 * <p>Usage: {@code Configured c = new ModuleConfigurations(registry, true).configure(node);}
 */
final class ModuleConfigurations {
    /** An instance configured from a node, with the problems it reported; the list is not to be changed. */
    record Configured(ModuleInstance instance, List<String> reported) {
    }

    private final ModuleRegistry registry;
    private final boolean share;
    /** Per type: whether its instances may be shared (records hash all their fields, hence identity). */
    private final Map<ModuleDefinition, Boolean> shareable = new IdentityHashMap<>();
    private final ConfigurationKey keys = new ConfigurationKey();
    /** By configuration hash; entries whose hashes collide are chained. */
    private final Map<Integer, Entry> byHash = new HashMap<>();

    /** A configuration seen before: its tokens (to tell colliding hashes apart) and what configuring it gave. */
    private record Entry(Object[] tokens, Configured configured, Entry next) {
    }

    /** {@code share} false configures every module on its own (the reference the shared path is tested against). */
    ModuleConfigurations(ModuleRegistry registry, boolean share) {
        this.registry = registry;
        this.share = share;
    }

    Configured configure(ModuleNode node) {
        ModuleDefinition def = share ? registry.resolve(node.type) : null;
        Boolean known = def == null ? Boolean.FALSE : shareable.get(def);
        long hash = known == Boolean.FALSE ? Long.MIN_VALUE : keys.hash(node);
        Entry first = hash == Long.MIN_VALUE ? null : byHash.get((int) hash);
        for (Entry e = first; e != null; e = e.next()) {
            if (keys.matches(node, e.tokens())) {
                return e.configured();
            }
        }
        List<String> reported = new ArrayList<>();
        ModuleInstance m = registry.instantiate(node, reported);
        Configured made = new Configured(m, reported);
        if (def != null) {
            if (known == null) {
                known = m.configuredByNodeAlone();
                shareable.put(def, known);
            }
            if (known && hash != Long.MIN_VALUE) {
                byHash.put((int) hash, new Entry(keys.record(node), made, first));
            }
        }
        return made;
    }
}
