package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;
import dev.rivulet.modules.list.CollectionValues;
import java.util.Map;

/**
 * Streamr's ConstantMap: a map that downstream inputs can always pull. As with Constant, the parameter is driving so
 * that a change while the canvas runs is sent downstream at once.
 */
public final class ConstantMap extends ModuleInstance implements Pullable {
    private final Parameter map = param("map", DataType.MAP, Map.of()).driving()
        .help("The map, e.g. {\"symbol\": \"ABC\", \"limit\": 10}.");
    private final Output out = output("out", DataType.MAP).help("The constant map.");

    @Override
    public void initialize() {
        value();
    }

    @Override
    public void sendOutput() {
        out.send(value());
    }

    /** A bad value cannot be pulled (pulling happens while the canvas is wired); initialize() reports it instead. */
    @Override
    public Object pull(Output output) {
        try {
            return value();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private Map<String, Object> value() {
        return CollectionValues.mapValue(map.getValue(), "map");
    }
}
