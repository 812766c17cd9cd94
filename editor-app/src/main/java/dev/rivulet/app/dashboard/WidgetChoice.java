package dev.rivulet.app.dashboard;

import java.util.Map;

/**
 * A widget module of a canvas that can be put on a dashboard: which canvas and module (its path), the widget kind,
 * names to show in the picker, and the module's options (a chart's y-axes, a table's row limit).
 */
public record WidgetChoice(String canvasId, String canvasName, String modulePath, String moduleName,
                           String widgetKind, Map<String, Object> options) {
    public WidgetChoice {
        options = Map.copyOf(options);
    }

    /** What the picker shows: "Canvas › Module (kind)". */
    public String label() {
        return canvasName + " › " + moduleName + " (" + widgetKind + ")";
    }
}
