package dev.rivulet.canvas.skin;

import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses a skin for a module by its type's widget kind ("chart", "table", "label"...), falling back to the standard
 * box with ports. New kinds register a factory; nothing else in the view changes.
 *
 * <p>Usage: {@code ModuleSkins skins = ModuleSkins.standard(CanvasTheme.LIGHT); skins.register("chart", ChartSkin::new);}
 */
public final class ModuleSkins {
    private final CanvasTheme theme;
    private final Map<String, Function<CanvasTheme, ModuleSkin>> byWidget = new HashMap<>();
    private final Map<String, ModuleGeometry.Body> bodies = new HashMap<>();
    private final Function<CanvasTheme, ModuleSkin> fallback;

    private ModuleSkins(CanvasTheme theme, Function<CanvasTheme, ModuleSkin> fallback) {
        this.theme = theme;
        this.fallback = fallback;
    }

    public static ModuleSkins standard(CanvasTheme theme) {
        return new ModuleSkins(theme, DefaultModuleSkin::new);
    }

    public CanvasTheme theme() {
        return theme;
    }

    public ModuleSkins register(String widgetKind, Function<CanvasTheme, ModuleSkin> factory) {
        byWidget.put(widgetKind, factory);
        return this;
    }

    /**
     * Registers a skin that draws a widget in the module's body: modules of that kind get {@code body}'s room under
     * their ports unless the layout gives a size (see {@link ModuleGeometry#of(ModuleNode,
     * dev.rivulet.document.CanvasLayout.ModuleLayout, ModuleGeometry.Body)}).
     */
    public ModuleSkins register(String widgetKind, Function<CanvasTheme, ModuleSkin> factory, ModuleGeometry.Body body) {
        byWidget.put(widgetKind, factory);
        bodies.put(widgetKind, body);
        return this;
    }

    /** The widget room of a module, or null when its skin draws no widget. */
    public ModuleGeometry.Body body(ModuleNode node, ModuleRegistry registry) {
        if (bodies.isEmpty()) {
            return null;
        }
        ModuleDefinition def = registry.resolve(node.type);
        return def == null || def.widget() == null ? null : bodies.get(def.widget());
    }

    /** A new skin for the module; its widget kind comes from the registry (unknown types get the standard skin). */
    public ModuleSkin create(ModuleNode node, ModuleRegistry registry) {
        ModuleDefinition def = registry.resolve(node.type);
        String kind = def == null ? null : def.widget();
        return byWidget.getOrDefault(kind, fallback).apply(theme);
    }
}
