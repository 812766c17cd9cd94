package dev.rivulet.canvas.skin;

/** How a port shows while a wire is being dragged. */
public enum PortState {
    /** No wire is being dragged, or the port plays no part. */
    NEUTRAL,
    /** The wire can end here. */
    COMPATIBLE,
    /** The wire can end here, replacing the wire the input has. */
    REPLACES,
    /** The wire cannot end here. */
    REFUSED
}
