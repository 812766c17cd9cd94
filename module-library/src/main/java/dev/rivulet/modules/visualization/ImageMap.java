package dev.rivulet.modules.visualization;

/**
 * Streamr's ImageMapModule ("Map (image)"): markers on a picture (a floor plan, a game field), positioned by x and y
 * on the image. The marker message keeps the map vocabulary, as Streamr's did: lng = x, lat = 1 - y, because image y
 * grows downwards while the map's latitude grows upwards. Streamr's defaults: center (200, 300), zoom 0 within
 * -3..5, auto-zoom off.
 *
 * <p>customImageUrl empty means the widget's built-in background (Streamr filled in the URL of its own default
 * picture, which a desktop application does not have, and refused an empty one).
 */
public final class ImageMap extends MapModule {
    public ImageMap() {
        super(false, 200, 300, -3, 5, 0, false);
        option("customImageUrl", "string", "", "Address or file of the background picture; empty for the default.");
    }

    @Override
    double toLatitude(double y) {
        return 1 - y;
    }

    @Override
    double toLongitude(double x) {
        return x;
    }
}
