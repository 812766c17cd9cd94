package dev.rivulet.modules.visualization;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Visualizations category (Table sits in Utils in Streamr's tree). */
public final class VisualizationModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("table", "Table", "Utils", Table::new).streamrId(527).aliases("Events")
                .widget("table").help("Shows incoming values as rows of a table, newest first."));
    }
}
