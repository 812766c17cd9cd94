package dev.rivulet.core.validation;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Configured module instances for one validation pass. Modules whose saved nodes are equal but for the hash (same
 * {@link ConfigurationKey} tokens) share one instance and one list of reported problems when the instance configured
 * first says its configuration depended on the node alone ({@link ModuleInstance#configuredByNodeAlone()}); every
 * other module is configured on its own, as {@link ModuleRegistry#instantiate} always did. A generated 2,000-module
 * canvas has about 330 distinct configurations, and configuring is most of what validation costs.
 *
 * <p>Lives for one {@code validate} call and looks configurations up in the validator's {@link ConfigurationCache},
 * which outlives the call (so the modules of one canvas share through it too). The validator only reads the
 * instances: it never runs, initializes or renames them, and asks nothing of them that depends on the hash, so one
 * instance can serve several modules, validations and threads.
 *
 * <p>Usage: {@code Configured c = new ModuleConfigurations(registry, cache).configure(node);}
 */
final class ModuleConfigurations {
    /** An instance configured from a node, with the problems it reported; the list is not to be changed. */
    record Configured(ModuleInstance instance, List<String> reported) {
    }

    private final ModuleRegistry registry;
    /** Kept between validations; null configures every module on its own (the reference tests compare with). */
    private final ConfigurationCache cache;
    private final ConfigurationKey keys = new ConfigurationKey();

    ModuleConfigurations(ModuleRegistry registry, ConfigurationCache cache) {
        this.registry = registry;
        this.cache = cache;
    }

    Configured configure(ModuleNode node) {
        // error stubs (unknown types) are cheap and never shared
        long hash = cache == null || registry.resolve(node.type) == null ? Long.MIN_VALUE : keys.hash(node);
        if (hash != Long.MIN_VALUE) {
            for (ConfigurationCache.Entry e = cache.get((int) hash); e != null; e = e.next()) {
                if (keys.matches(node, e.tokens())) {
                    return e.configured();
                }
            }
        }
        List<String> reported = new ArrayList<>();
        ModuleInstance m = registry.instantiate(node, reported);
        Configured made = new Configured(m, Collections.unmodifiableList(reported));
        // asked of each instance: a type may depend on its node alone for some nodes only (Stream)
        if (hash != Long.MIN_VALUE && m.configuredByNodeAlone()) {
            cache.put((int) hash, keys.record(node), made);
        }
        return made;
    }
}
