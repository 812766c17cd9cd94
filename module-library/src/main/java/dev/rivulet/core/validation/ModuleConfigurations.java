package dev.rivulet.core.validation;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Configured module instances for one validation pass. Modules whose saved nodes are equal but for the hash (same
 * {@link ConfigurationKey} tokens) share one instance and one list of reported problems when the instance configured
 * first says its configuration depended on the node alone ({@link ModuleInstance#configuredByNodeAlone()}); every
 * other module is configured on its own, as {@link ModuleRegistry#instantiate} always did. A generated 2,000-module canvas has about
 * 330 distinct configurations, and configuring is most of what validation costs.
 *
 * <p>Lives for one {@code validate} call (the document does not change during it; at most one entry per module), and
 * looks configurations up in the validator's {@link ConfigurationCache} too, which outlives the call. The validator
 * only reads the instances: it never runs, initializes or renames them, and asks nothing of them that depends on the
 * hash, so one instance can serve several modules, validations and threads.
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
    /** This validation's configurations by hash (no lock, unlike the cache); colliding hashes are chained. */
    private final Map<Integer, ConfigurationCache.Entry> seen = new HashMap<>();

    ModuleConfigurations(ModuleRegistry registry, ConfigurationCache cache) {
        this.registry = registry;
        this.cache = cache;
    }

    Configured configure(ModuleNode node) {
        // error stubs (unknown types) are cheap and never shared
        long hash = cache == null || registry.resolve(node.type) == null ? Long.MIN_VALUE : keys.hash(node);
        if (hash != Long.MIN_VALUE) {
            ConfigurationCache.Entry first = seen.get((int) hash);
            Configured hit = find(node, first);
            if (hit == null) {
                ConfigurationCache.Entry cached = findEntry(node, cache.get((int) hash));
                if (cached != null) {
                    seen.put((int) hash, new ConfigurationCache.Entry(cached.tokens(), cached.configured(), first));
                    hit = cached.configured();
                }
            }
            if (hit != null) {
                return hit;
            }
        }
        List<String> reported = new ArrayList<>();
        ModuleInstance m = registry.instantiate(node, reported);
        Configured made = new Configured(m, Collections.unmodifiableList(reported));
        // asked of each instance: a type may depend on its node alone for some nodes only (Stream)
        if (hash != Long.MIN_VALUE && m.configuredByNodeAlone()) {
            Object[] tokens = keys.record(node);
            seen.put((int) hash, new ConfigurationCache.Entry(tokens, made, seen.get((int) hash)));
            cache.put((int) hash, tokens, made);
        }
        return made;
    }

    private Configured find(ModuleNode node, ConfigurationCache.Entry chain) {
        ConfigurationCache.Entry e = findEntry(node, chain);
        return e == null ? null : e.configured();
    }

    private ConfigurationCache.Entry findEntry(ModuleNode node, ConfigurationCache.Entry chain) {
        for (ConfigurationCache.Entry e = chain; e != null; e = e.next()) {
            if (keys.matches(node, e.tokens())) {
                return e;
            }
        }
        return null;
    }
}
