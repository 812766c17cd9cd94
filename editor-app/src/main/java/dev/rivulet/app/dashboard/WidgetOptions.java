package dev.rivulet.app.dashboard;

import java.util.Map;

/**
 * The options of a dashboard widget's module (a table's {@code maxRows}, a chart's {@code yAxis}), so the dashboard
 * shows it as the canvas does. {@link #NONE} gives every widget its defaults.
 */
@FunctionalInterface
public interface WidgetOptions {
    WidgetOptions NONE = (canvasId, modulePath) -> Map.of();

    Map<String, Object> of(String canvasId, String modulePath);
}
