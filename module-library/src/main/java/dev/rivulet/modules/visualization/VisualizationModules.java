package dev.rivulet.modules.visualization;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The widget modules: Chart, Gauge, Heatmap and the maps (Visualizations), and Table, Label, ListAsTable and
 * MapAsTable, which Streamr's tree files under Utils.
 */
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
                    + " inputs option."),
            ModuleDefinition.of("list-as-table", "ListAsTable", "Utils", ListAsTable::new).streamrId(1011)
                .widget("table")
                .help("Shows a list as a table, one row per item; items that are maps get a column per key, items"
                    + " that are lists a column per position. Each new list replaces the table. Handy for SQL"
                    + " results."),
            ModuleDefinition.of("map-as-table", "MapAsTable", "Utils", MapAsTable::new).streamrId(236)
                .widget("table")
                .help("Shows a map as a table of keys and values. Each new map replaces the table."),
            ModuleDefinition.of("gauge", "Gauge", "Visualizations", Gauge::new).widget("gauge")
                .help("A dial showing the latest value between min and max."),
            ModuleDefinition.of("heatmap", "Heatmap", "Visualizations", Heatmap::new).streamrId(196)
                .widget("heatmap")
                .help("Shows values as heat on a world map: each event adds a point at its latitude and"
                    + " longitude, which fades away after a while."),
            ModuleDefinition.of("map-geo", "Map (geo)", "Visualizations", GeographicalMap::new).streamrId(214)
                .widget("map")
                .help("Shows moving things on a world map: each event moves the marker with the given id to its"
                    + " latitude and longitude. Options add traces, labels, headings and expiry of idle markers."),
            ModuleDefinition.of("map-image", "Map (image)", "Visualizations", ImageMap::new).streamrId(583)
                .widget("image-map")
                .help("Shows moving things on a picture, such as a floor plan: each event moves the marker with"
                    + " the given id to its x and y on the image. Set the picture with customImageUrl."));
    }
}
