package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streamr's Heatmap: each event adds a heat point {@code {t:"p", l:latitude, g:longitude, v:value}} to a world map.
 * All three inputs drive the module (locked, as in Streamr). Points with a NaN coordinate or value are skipped: they
 * cannot be drawn and are not valid JSON. The options only affect the display, with Streamr's defaults.
 */
public final class Heatmap extends ModuleInstance {
    private final Input latitude = doubleInput("latitude").lockDriving().help("Latitude of the point, in degrees.");
    private final Input longitude = doubleInput("longitude").lockDriving().help("Longitude of the point, in degrees.");
    private final Input value = doubleInput("value").lockDriving().help("Heat of the point.");

    public Heatmap() {
        option("min", "double", 0.0, "Value shown with the coolest color.");
        option("max", "double", 20.0, "Value shown with the hottest color.");
        option("centerLat", "double", 35.0, "Latitude of the map's initial center.");
        option("centerLng", "double", 15.0, "Longitude of the map's initial center.");
        option("zoom", "int", 2, "Initial zoom level.");
        option("minZoom", "int", 2, "Smallest zoom level allowed.");
        option("maxZoom", "int", 18, "Largest zoom level allowed.");
        option("radius", "double", 30.0, "Radius of each point's heat, in pixels (or degrees with scaleRadius).");
        option("maxOpacity", "double", 0.8, "Opacity of the hottest spots, 0 to 1.");
        option("scaleRadius", "boolean", false, "Scale the radius with the zoom level.");
        option("useLocalExtrema", "boolean", false, "Color by the extremes of the visible area instead of min/max.");
        option("lifeTime", "int", 7000, "How long a point stays on the map, in milliseconds.");
        option("fadeInTime", "int", 500, "How long a point takes to appear, in milliseconds.");
        option("fadeOutTime", "int", 500, "How long a point takes to fade away, in milliseconds.");
        option("uiResendLast", "int", 0, "Points resent to a widget that attaches late.");
    }

    @Override
    public void sendOutput() {
        double l = latitude.getDouble();
        double g = longitude.getDouble();
        double v = value.getDouble();
        if (Double.isNaN(l) || Double.isNaN(g) || Double.isNaN(v)) {
            return;
        }
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("t", "p");
        point.put("l", l);
        point.put("g", g);
        point.put("v", v);
        context().publish(this, new UiMessage.Generic(now(), "p", point));
    }

    /** Points stay on the map through "clear", as in Streamr. */
    @Override
    public boolean canClearState() {
        return false;
    }
}
