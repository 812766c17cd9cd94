package dev.rivulet.modules.map;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's GetFromMap: the value of a key. The key may also be a path into nested maps and lists ("address.city",
 * "items[0].price"), as in Streamr's later versions; an entry whose key is exactly the text wins over the path.
 */
public final class GetFromMap extends ModuleInstance {
    private final Parameter key = stringParam("key", "id")
        .help("The key to read, or a path such as address.city or items[0].price.");
    private final Input in = mapInput("in").help("The map to read from.");
    private final Output found = booleanOutput("found").help("True when the map has a value for the key.");
    private final Output out = anyOutput("out").help("The value of the key (nothing is sent when it is missing).");

    @Override
    public void sendOutput() {
        Object v = MapPath.lookup(in.getMap(), key.getString());
        found.send(v != null);
        if (v != null) {
            out.send(v);
        }
    }
}
