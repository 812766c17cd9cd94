package dev.rivulet.app.workspace;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the module browser: the category tree of every module type, the ranked search results for the query, and
 * the streams section (names from a supplier, so the stream registry can feed it once it exists).
 *
 * <p>Usage: {@code vm.query().set("moving"); vm.results().get()} lists the best matches first.
 */
public final class ModuleBrowserViewModel {
    private final Map<String, List<ModuleDefinition>> categories = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ModuleSearch search;
    private final Supplier<List<String>> streams;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<ModuleDefinition>> results = new ReadOnlyObjectWrapper<>(List.of());

    public ModuleBrowserViewModel(ModuleRegistry registry, Supplier<List<String>> streams) {
        this.streams = streams;
        this.search = new ModuleSearch(registry.all());
        for (ModuleDefinition d : registry.all()) {
            categories.computeIfAbsent(d.category(), c -> new ArrayList<>()).add(d);
        }
        categories.values().forEach(l -> l.sort(Comparator.comparing(ModuleDefinition::name,
            String.CASE_INSENSITIVE_ORDER)));
        query.addListener((o, a, b) -> results.set(search.search(b)));
    }

    /** Category (as the module types name it, e.g. "Time Series/Smoothing") to its types by name. */
    public Map<String, List<ModuleDefinition>> categories() {
        return java.util.Collections.unmodifiableMap(categories);
    }

    public StringProperty query() {
        return query;
    }

    public ReadOnlyObjectProperty<List<ModuleDefinition>> results() {
        return results.getReadOnlyProperty();
    }

    public boolean searching() {
        return !query.get().isBlank();
    }

    public ModuleSearch search() {
        return search;
    }

    /** Stream names for the streams section; empty until a stream registry is connected. */
    public List<String> streams() {
        List<String> s = streams.get();
        return s == null ? List.of() : List.copyOf(s);
    }
}
