package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;

/**
 * Streamr's Map (geo) widget: markers moving on a world map, with traces and expiring markers as the module sends
 * them. Works offline on the bundled country outlines; with a {@code tileServerUrl} option (a {z}/{x}/{y} template,
 * set by the application's settings) tiles are fetched in the background and drawn over them. {@code autoZoom} keeps
 * every marker in view until the user pans or zooms.
 */
final class MapWidget implements WidgetView {
    private final MarkerLayer markers;
    private final GeoView map;
    private final boolean autoZoom;

    MapWidget(Map<String, Object> options) {
        markers = new MarkerLayer(OptionValues.number(options, "traceWidth", 2));
        autoZoom = OptionValues.bool(options, "autoZoom", true);
        map = new GeoView(BaseMap.bundled(), OptionValues.text(options, "tileServerUrl", ""),
            OptionValues.number(options, "centerLat", 35), OptionValues.number(options, "centerLng", 15),
            OptionValues.number(options, "zoom", 2), OptionValues.number(options, "minZoom", 0),
            OptionValues.number(options, "maxZoom", 18),
            (g, view) -> markers.draw(g, new MarkerLayer.Projection() {
                @Override
                public double x(double lat, double lng) {
                    return view.x(lng);
                }

                @Override
                public double y(double lat, double lng) {
                    return view.y(lat);
                }
            }));
    }

    @Override
    public Region node() {
        return map;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        if (markers.apply(batch)) {
            double[] b = markers.bounds();
            if (autoZoom && b != null && !map.touched()) {
                double pad = 0.5;
                map.fit(b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad);
            } else {
                map.draw();
            }
        }
    }

    @Override
    public void clear() {
        markers.clear();
        map.draw();
    }

    MarkerLayer markers() {
        return markers;
    }

    GeoView map() {
        return map;
    }
}
