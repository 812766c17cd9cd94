package dev.rivulet.app.workspace;

import dev.rivulet.core.ModuleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranked module search for the browser and quick add: a name that is the query beats one that starts with it, which
 * beats a Streamr alias, a word of the name, the type id, and last the help text. Ties sort by name.
 *
 * <p>Usage: {@code List<ModuleDefinition> hits = new ModuleSearch(registry.all()).search("avg");}
 */
public final class ModuleSearch {
    private final List<ModuleDefinition> all;

    public ModuleSearch(List<ModuleDefinition> all) {
        this.all = List.copyOf(all);
    }

    /** Matching types, best first; a blank query matches nothing. */
    public List<ModuleDefinition> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Scored> hits = new ArrayList<>();
        if (q.isEmpty()) {
            return List.of();
        }
        for (ModuleDefinition d : all) {
            int s = score(d, q);
            if (s > 0) {
                hits.add(new Scored(d, s));
            }
        }
        hits.sort(Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(h -> h.definition().name().toLowerCase(Locale.ROOT)));
        return hits.stream().map(Scored::definition).toList();
    }

    /** How well a type matches a lower-case query; 0 when it does not. */
    static int score(ModuleDefinition d, String q) {
        String name = d.name().toLowerCase(Locale.ROOT);
        if (name.equals(q)) {
            return 100;
        }
        if (name.startsWith(q)) {
            return 90;
        }
        for (String alias : d.aliases()) {
            String a = alias.toLowerCase(Locale.ROOT);
            if (a.equals(q)) {
                return 85;
            }
            if (a.startsWith(q)) {
                return 75;
            }
        }
        for (String word : name.split("[^a-z0-9]+")) {
            if (word.startsWith(q)) {
                return 70;
            }
        }
        if (name.contains(q) || d.id().contains(q)) {
            return 60;
        }
        if (d.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q))) {
            return 50;
        }
        return d.help().toLowerCase(Locale.ROOT).contains(q) ? 10 : 0;
    }

    private record Scored(ModuleDefinition definition, int score) {
    }
}
