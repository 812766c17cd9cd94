package dev.rivulet.app.dashboard;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSort;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.WorkspaceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import dev.rivulet.app.widgets.WidgetDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The widget modules of the workspace's canvases, running or not, for the dashboard's widget picker; also the options
 * of each module for the widget views. {@link #choices()} reads the workspace (call it off the FX thread); the
 * options of what it read are then answered from memory.
 *
 * <pre>{@code
 * WidgetCatalog catalog = new WidgetCatalog(canvases, registry);
 * List<WidgetChoice> all = catalog.choices();            // background thread
 * Map<String, Object> o = catalog.of(canvasId, "12");    // FX thread
 * }</pre>
 */
public final class WidgetCatalog implements WidgetOptions {
    private static final Logger LOG = LoggerFactory.getLogger(WidgetCatalog.class);
    private final CanvasRepository canvases;
    private final ModuleRegistry registry;
    private final Map<String, Map<String, Object>> options = new ConcurrentHashMap<>();
    private final WidgetDefaults defaults;

    public WidgetCatalog(CanvasRepository canvases, ModuleRegistry registry) {
        this(canvases, registry, new WidgetDefaults());
    }

    /** @param defaults app-wide widget settings put under each module's options (the map tile server) */
    public WidgetCatalog(CanvasRepository canvases, ModuleRegistry registry, WidgetDefaults defaults) {
        this.canvases = canvases;
        this.registry = registry;
        this.defaults = defaults;
    }

    /** Every widget module of every canvas, canvases by name, modules in document order. */
    public List<WidgetChoice> choices() {
        List<WidgetChoice> out = new ArrayList<>();
        for (CanvasSummary c : canvases.list("", CanvasSort.NAME)) {
            CanvasDocument doc;
            try {
                doc = canvases.read(c.id()).document();
            } catch (WorkspaceException e) {
                // one unreadable canvas must not hide the widgets of the others
                LOG.warn("Canvas {} left out of the widget picker: {}", c.name(), e.getMessage());
                continue;
            }
            for (ModuleNode m : doc.modules) {
                ModuleDefinition def = registry.resolve(m.type);
                if (def == null || def.widget() == null) {
                    continue;
                }
                String path = String.valueOf(m.hash);
                Map<String, Object> o = optionsOf(m);
                options.put(key(c.id(), path), o);
                out.add(new WidgetChoice(c.id(), c.name(), path, moduleName(m, def), def.widget(), o));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Map<String, Object> of(String canvasId, String modulePath) {
        return defaults.under(options.getOrDefault(key(canvasId, modulePath), Map.of()));
    }

    private static String moduleName(ModuleNode m, ModuleDefinition def) {
        if (m.displayName != null && !m.displayName.isBlank()) {
            return m.displayName;
        }
        return m.name != null && !m.name.isBlank() ? m.name : def.name();
    }

    private static Map<String, Object> optionsOf(ModuleNode m) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Map.Entry<String, OptionNode> e : m.options.entrySet()) {
            if (e.getValue() != null && e.getValue().value != null) {
                o.put(e.getKey(), e.getValue().value);
            }
        }
        return o;
    }

    private static String key(String canvasId, String path) {
        return canvasId + "\u0000" + path;
    }
}
