package dev.rivulet.core.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configurations one validator has seen, kept between its validations: the editor validates the whole canvas
 * after every edit, and all but the edited module configure as before. Keyed like {@link ModuleConfigurations} (every
 * token of the node but the hash, compared in full on a hit), filled only with types whose configuration depends on
 * the node alone, so an entry can never go stale: a changed configuration is a different key. Bounded to the most
 * recently used {@code capacity} configuration hashes (each holds one configured instance and its tokens, a few
 * kilobytes), and safe to use from several threads.
 *
 * <p>Usage: {@code Entry e = cache.get(hash); ... cache.put(hash, tokens, configured);}
 */
final class ConfigurationCache {
    /** Enough for the distinct configurations of a large canvas (a generated 2,000-module one has about 300). */
    static final int DEFAULT_CAPACITY = 1024;
    /** Configurations with one hash kept at most (a longer chain means colliding hashes, which are rare). */
    private static final int MAX_CHAIN = 4;

    /** One configuration: its tokens, what configuring it gave, and the next one with the same hash. */
    record Entry(Object[] tokens, ModuleConfigurations.Configured configured, Entry next) {
        int length() {
            return next == null ? 1 : 1 + next.length();
        }
    }

    private final Map<Integer, Entry> byHash;

    ConfigurationCache(int capacity) {
        byHash = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The configurations with this hash, most recent first, or null. */
    synchronized Entry get(int hash) {
        return byHash.get(hash);
    }

    synchronized void put(int hash, Object[] tokens, ModuleConfigurations.Configured configured) {
        Entry first = byHash.get(hash);
        byHash.put(hash, new Entry(tokens, configured, first == null || first.length() >= MAX_CHAIN ? null : first));
    }

    synchronized int size() {
        return byHash.size();
    }
}
