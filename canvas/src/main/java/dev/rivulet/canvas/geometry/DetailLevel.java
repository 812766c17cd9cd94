package dev.rivulet.canvas.geometry;

/**
 * How much of a module is drawn at a zoom level. Zoomed out, text is unreadable anyway, and drawing it is most of
 * the cost, so it goes first; far out, modules are boxes painted on the wire layer and no nodes exist at all.
 */
public enum DetailLevel {
    /** Title, port circles with names and parameter values. */
    FULL,
    /** Title and port circles. */
    COMPACT,
    /** Boxes on the wire layer; no module nodes in the scene graph. */
    OVERVIEW;

    public static final double COMPACT_BELOW = 0.6;
    public static final double OVERVIEW_BELOW = 0.3;

    public static DetailLevel at(double scale) {
        return scale < OVERVIEW_BELOW ? OVERVIEW : scale < COMPACT_BELOW ? COMPACT : FULL;
    }
}
