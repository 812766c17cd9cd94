package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.List;

/** Streamr's BuildList: a list of the values at the connected inputs, in input order; the spare input is ignored. */
public final class BuildList extends ModuleInstance {
    private final VariadicGroup items = variadicInputs("in", DataType.OBJECT, 2);
    private final Output out = output("out", DataType.LIST).help("The list of the inputs' latest values.");
    private Input[] connected = new Input[0];

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : items.inputs()) {
            in.help("One item of the list. Connect more inputs and a new one appears; unconnected inputs are left out.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        List<Input> list = new ArrayList<>();
        for (Input in : items.inputs()) {
            if (in.isConnected()) {
                list.add(in);
            }
        }
        connected = list.toArray(new Input[0]);
    }

    @Override
    public void sendOutput() {
        List<Object> list = new ArrayList<>(connected.length);
        for (Input in : connected) {
            list.add(in.getValue());
        }
        out.send(CollectionValues.freeze(list));
    }
}
