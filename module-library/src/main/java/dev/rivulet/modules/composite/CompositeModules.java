package dev.rivulet.modules.composite;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * Modules that run another saved canvas inside them: Canvas (a canvas used as a module), ForEach (one instance per
 * key) and ForEachItem (one run per list item). The sub-canvas is found by id through the registry's canvas resolver
 * ({@link dev.rivulet.core.ModuleRegistry#withCanvasResolver}); its exported endpoints become the module's ports.
 */
public final class CompositeModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("canvas", "Canvas", "Utils", CanvasModule::new).streamrId(81).aliases("Saved", "Module")
                .help("Uses a saved canvas as a module. Ports marked as exported in that canvas (right-click a port,"
                    + " Toggle export) become this module's inputs, parameters and outputs; values flow through the"
                    + " inner canvas as if it were drawn here, and its widgets keep working. A canvas cannot contain"
                    + " itself, directly or through other canvases."),
            ModuleDefinition.of("for-each", "ForEach", "Map", ForEach::new).streamrId(223)
                .help("Runs a separate copy of a saved canvas for every distinct key, each keeping its own state (a"
                    + " moving average per stock symbol, a counter per user). Values on the exported inputs go to the"
                    + " copy for the current key; the map output holds the latest outputs of every copy by key."),
            ModuleDefinition.of("for-each-item", "ForEachItem", "List", ForEachItem::new).streamrId(539)
                .help("Runs a saved canvas once for every item of the incoming lists: the exported inputs of the"
                    + " canvas become list inputs here, its exported outputs lists of the results, one per item."
                    + " keepState decides whether the canvas remembers anything between one set of lists and the"
                    + " next."));
    }
}
