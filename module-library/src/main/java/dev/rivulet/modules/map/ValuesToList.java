package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;

/**
 * Streamr's ValuesToList: the values of a map, in its order. The output is called "keys", as in Streamr (whose
 * canvases connect to that name), although it carries the values.
 */
public final class ValuesToList extends ModuleInstance {
    private final Input in = mapInput("in").help("Any map.");
    private final Output keys = output("keys", DataType.LIST)
        .help("The map's values (the port keeps Streamr's name \"keys\").");

    @Override
    public void sendOutput() {
        keys.send(CollectionValues.freeze(new ArrayList<>(in.getMap().values())));
    }
}
