package dev.rivulet.modules.visualization;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The widget modules: Chart (Visualizations), and Table and Label, which Streamr's tree files under Utils. */
public final class VisualizationModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("table", "Table", "Utils", Table::new).streamrId(527).aliases("Events")
                .widget("table").help("Shows incoming values as rows of a table, newest first. Each value that"
                    + " arrives adds a row; connect the last input to get another column."),
            ModuleDefinition.of("label", "Label", "Utils", Label::new).streamrId(145).widget("label")
                .help("Shows the latest value that arrived, as text on the canvas or a dashboard."),
            ModuleDefinition.of("chart", "Chart", "Visualizations", Chart::new).streamrId(67)
                .aliases("Plot", "Graph").widget("chart")
                .help("Plots numbers over time, one line per connected input. Set the number of inputs with the"
                    + " inputs option."));
    }
}
