package dev.rivulet.custom;

import dev.rivulet.core.Output;

/**
 * An output of custom code; subclasses add a typed {@code send}.
 *
 * <p>Usage: {@code TimeSeriesOutput out = doubleOutput("out"); ... out.send(42);}
 */
public abstract class CustomOutput {
    final Output port;

    CustomOutput(CustomModule owner, String name) {
        this.port = owner.host().output(name);
        if (port == null) {
            throw new IllegalStateException("output \"" + name + "\" was not declared: declare ports in field"
                + " initialisers with a literal name");
        }
    }

    public String getName() {
        return port.name();
    }

    /** True when something is connected to this output (sending to nothing is allowed, and cheap). */
    public boolean isConnected() {
        return port.isConnected();
    }
}
