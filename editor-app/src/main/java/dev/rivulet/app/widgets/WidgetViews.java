package dev.rivulet.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the live view for a module's widget kind (ModuleDefinition.widget): table, label, chart, gauge, button,
 * switcher, text-field, map (geo), image-map and heatmap. Unknown kinds give empty. The maps take a
 * {@code tileServerUrl} option ({z}/{x}/{y} template) besides their modules' options; without it they draw the
 * bundled world.
 *
 * <pre>{@code
 * WidgetViews.create("chart", module.options, events).ifPresent(v -> hub.attach(path, v::apply));
 * }</pre>
 */
public final class WidgetViews {
    /** Points a chart keeps per series unless its {@code retention} option says otherwise. */
    public static final int DEFAULT_CHART_RETENTION = 1_000_000;

    private WidgetViews() {
    }

    public static Optional<WidgetView> create(String widgetKind, Map<String, Object> options, WidgetEvents events) {
        if (widgetKind == null) {
            return Optional.empty();
        }
        Map<String, Object> o = options == null ? Map.of() : options;
        Optional<WidgetView> view = Optional.ofNullable(switch (widgetKind) {
            case "table" -> new TableWidget(intOption(o, "maxRows", 20));
            case "label" -> new LabelWidget();
            case "chart" -> new ChartWidget(intOption(o, "retention", DEFAULT_CHART_RETENTION), yAxes(o.get("yAxis")));
            case "gauge" -> new GaugeWidget();
            case "button" -> new ButtonWidget(events);
            case "switcher" -> new SwitcherWidget(events);
            case "text-field" -> new TextFieldWidget(events);
            case "map" -> new MapWidget(o);
            case "image-map" -> new ImageMapWidget(o);
            case "heatmap" -> new HeatmapWidget(o, System::currentTimeMillis);
            default -> null;
        });
        view.ifPresent(v -> v.node().getProperties().put(WidgetView.class, v));
        return view;
    }

    /** The view whose node this is (a node found in a scene, e.g. by its style class), if it is a widget's node. */
    public static Optional<WidgetView> of(javafx.scene.Node node) {
        return node.getProperties().get(WidgetView.class) instanceof WidgetView v ? Optional.of(v) : Optional.empty();
    }

    private static int intOption(Map<String, Object> o, String key, int fallback) {
        Object v = o.get(key);
        if (v instanceof Map<?, ?> m) {
            v = m.get("value"); // Streamr keeps options as {value, type}
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static List<Integer> yAxes(Object v) {
        if (v instanceof Map<?, ?> m) {
            v = m.get("value");
        }
        List<Integer> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object e : list) {
                out.add(e instanceof Number n ? n.intValue() : 0);
            }
        }
        return out;
    }
}
