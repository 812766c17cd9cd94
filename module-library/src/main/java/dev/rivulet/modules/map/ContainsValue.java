package dev.rivulet.modules.map;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;

/**
 * Streamr's ContainsValue: whether any entry of the map has the value (numbers compare by value). Streamr's code sent
 * 1/0; the catalogue's port is Boolean, which is what is sent here.
 */
public final class ContainsValue extends ModuleInstance {
    private final Input value = anyInput("value").help("The value to look for.");
    private final Input in = mapInput("in").help("The map to search.");
    private final Output found = booleanOutput("found").help("True when some key of the map has the value.");

    @Override
    public void sendOutput() {
        Object wanted = value.getValue();
        for (Object v : in.getMap().values()) {
            if (CollectionValues.same(v, wanted)) {
                found.send(true);
                return;
            }
        }
        found.send(false);
    }
}
