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
import java.util.Set;
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
    /** The module type that embeds one saved canvas (its modules run at paths "host/inner"). */
    private static final String EMBEDDING = "canvas";
    private static final int MAX_DEPTH = 8;
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
            collect(c.id(), c.name(), doc, "", "", out, new java.util.HashSet<>(Set.of(c.id())));
        }
        return List.copyOf(out);
    }

    /**
     * The widget modules of one canvas document, and those of the canvases its Canvas modules embed (path
     * "host/inner", named "Host › Inner"; a ForEach's instances exist only while running and are left out).
     */
    private void collect(String canvasId, String canvasName, CanvasDocument doc, String pathPrefix, String namePrefix,
                         List<WidgetChoice> out, Set<String> visiting) {
        for (ModuleNode m : doc.modules) {
            ModuleDefinition def = registry.resolve(m.type);
            if (def == null) {
                continue;
            }
            String path = pathPrefix + m.hash;
            if (def.widget() != null) {
                Map<String, Object> o = optionsOf(m);
                options.put(key(canvasId, path), o);
                out.add(new WidgetChoice(canvasId, canvasName, path, namePrefix + moduleName(m, def), def.widget(), o));
            }
            if (EMBEDDING.equals(def.id()) && m.paramValue("canvas", null) instanceof String inner && !inner.isBlank()
                && visiting.size() < MAX_DEPTH && visiting.add(inner)) {
                try {
                    collect(canvasId, canvasName, canvases.read(inner).document(), path + "/",
                        namePrefix + moduleName(m, def) + " › ", out, visiting);
                } catch (WorkspaceException e) {
                    LOG.warn("Sub-canvas {} of {} left out of the widget picker: {}", inner, canvasName,
                        e.getMessage());
                } finally {
                    visiting.remove(inner);
                }
            }
        }
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
