package dev.rivulet.custom;

import java.util.Map;

/**
 * A map output. Sending null is an error (the module fails with a message).
 *
 * <p>Usage: {@code MapOutput record = mapOutput("record");} or {@code new MapOutput(this, "name")} in a field initialiser.
 */
public final class MapOutput extends CustomOutput {
    public MapOutput(CustomModule owner, String name) {
        super(owner, name);
    }

    /** Sends a value to every connected input. */
    public void send(Map<String, ?> value) {
        port.send((Object) value);
    }
}
