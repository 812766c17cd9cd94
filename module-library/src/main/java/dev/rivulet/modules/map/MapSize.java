package dev.rivulet.modules.map;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's MapSize: how many entries the map has. */
public final class MapSize extends ModuleInstance {
    private final Input in = mapInput("in").help("Any map.");
    private final Output size = doubleOutput("size").help("The number of keys.");

    @Override
    public void sendOutput() {
        size.send(in.getMap().size());
    }
}
