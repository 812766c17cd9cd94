package dev.rivulet.modules.list;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's ListSize: how many items the list holds. */
public final class ListSize extends ModuleInstance {
    private final Input in = listInput("in").help("Any list.");
    private final Output size = doubleOutput("size").help("The number of items.");

    @Override
    public void sendOutput() {
        size.send(in.getList().size());
    }
}
