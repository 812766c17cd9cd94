package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;
import java.util.List;

/**
 * Streamr's ConstantList: a list that downstream inputs can always pull. As with Constant, the parameter is driving so
 * that a change while the canvas runs is sent downstream at once.
 */
public final class ConstantList extends ModuleInstance implements Pullable {
    private final Parameter list = param("list", DataType.LIST, CollectionValues.EMPTY_LIST).driving()
        .help("The list, e.g. [1, 2, \"three\"]. Text without brackets is split at commas into words.");
    private final Output out = output("out", DataType.LIST).help("The constant list.");

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
            return CollectionValues.EMPTY_LIST;
        }
    }

    private List<Object> value() {
        return CollectionValues.listValue(list.getValue(), "list");
    }
}
