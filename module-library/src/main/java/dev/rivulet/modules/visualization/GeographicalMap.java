package dev.rivulet.modules.visualization;

/**
 * Streamr's GeographicalMapModule ("Map (geo)"): markers on a world map, positioned by latitude and longitude, with
 * Streamr's defaults (center 35, 35, zoom 2 within 2..18, auto-zoom on) and a choice of map skin.
 */
public final class GeographicalMap extends MapModule {
    public GeographicalMap() {
        super(true, 35, 35, 2, 18, 2, true);
        option("skin", "string", "default", "Look of the map: default or cartoDark.");
    }

    @Override
    double toLatitude(double y) {
        return y;
    }

    @Override
    double toLongitude(double x) {
        return x;
    }
}
