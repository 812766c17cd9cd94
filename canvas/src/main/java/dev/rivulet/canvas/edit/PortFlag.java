package dev.rivulet.canvas.edit;

/** The per-port toggles of Streamr's editor. */
public enum PortFlag {
    /** An input (or parameter) whose new values activate the module. */
    DRIVING,
    /** An output that does not send a value equal to the previous one. */
    NO_REPEAT,
    /** A port visible from outside when the canvas is used as a sub-canvas or dashboard. */
    EXPORT
}
