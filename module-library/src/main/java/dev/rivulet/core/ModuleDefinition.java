package dev.rivulet.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The static description of a module type: stable id, name, category, search aliases, help, Streamr ids and the
 * factory for running instances. Ports are declared by the instance class itself, so they cannot drift apart.
 *
 * <p>Usage: {@code ModuleDefinition.of("abs", "Abs", "Time Series/Simple Math", Abs::new).streamrId(27)
 * .aliases("Absolute").help("Absolute value of the input.")}
 *
 * @param id          stable type id, never reused (documents refer to it)
 * @param category    path with "/" separators, e.g. "Time Series/Simple Math"
 * @param streamrId   Streamr's numeric module id, or null for Rivulet additions
 * @param widget      widget kind rendered on the canvas ("chart", "table", "label", ...), or null
 * @param typeVersion bumped when ports or parameters change incompatibly
 */
public record ModuleDefinition(String id, String name, String category, List<String> aliases, String help,
                               Integer streamrId, String widget, int typeVersion,
                               Supplier<? extends ModuleInstance> factory) {
    public ModuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
        help = help == null ? "" : help;
    }

    public static ModuleDefinition of(String id, String name, String category,
                                      Supplier<? extends ModuleInstance> factory) {
        return new ModuleDefinition(id, name, category, List.of(), "", null, null, 1, factory);
    }

    public ModuleDefinition streamrId(int streamrModuleId) {
        return new ModuleDefinition(id, name, category, aliases, help, streamrModuleId, widget, typeVersion, factory);
    }

    public ModuleDefinition aliases(String... names) {
        return new ModuleDefinition(id, name, category, List.of(names), help, streamrId, widget, typeVersion, factory);
    }

    public ModuleDefinition help(String text) {
        return new ModuleDefinition(id, name, category, aliases, text, streamrId, widget, typeVersion, factory);
    }

    public ModuleDefinition widget(String kind) {
        return new ModuleDefinition(id, name, category, aliases, help, streamrId, kind, typeVersion, factory);
    }

    public ModuleDefinition typeVersion(int version) {
        return new ModuleDefinition(id, name, category, aliases, help, streamrId, widget, version, factory);
    }

    /** A fresh, unconfigured instance. */
    public ModuleInstance newInstance() {
        ModuleInstance m = factory.get();
        m.definition = this;
        return m;
    }
}
