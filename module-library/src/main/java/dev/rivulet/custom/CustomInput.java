package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * An input or parameter of custom code, typed. {@link #getValue()} reads the current value; the public
 * {@link #value} field (Streamr's) holds the same value, refreshed before each {@code sendOutput}.
 *
 * <p>Usage: {@code TimeSeriesInput in = doubleInput("in"); ... double x = in.getValue();}
 *
 * @param <T> the value type code sees
 */
public abstract class CustomInput<T> {
    /** The value at the start of the current {@code sendOutput}, or null when there is none yet. */
    public T value;
    private final Input port;

    CustomInput(CustomModule owner, Input port, String kind, String name) {
        if (port == null) {
            throw new IllegalStateException(kind + " \"" + name + "\" was not declared: declare ports in field"
                + " initialisers with a literal name");
        }
        this.port = port;
        owner.inputs.add(this);
    }

    /** The current value, or null when none has arrived yet. */
    public T getValue() {
        return port.hasValue() ? read(port) : null;
    }

    public boolean hasValue() {
        return port.hasValue();
    }

    /** True when this input received a new value in the event being processed. */
    public boolean wasTriggered() {
        return port.wasTriggered();
    }

    public String getName() {
        return port.name();
    }

    abstract T read(Input port);

    final Input port() {
        return port;
    }


    final void refresh() {
        value = getValue();
    }
}
