package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Streamr's ShuffleList: the items in a random order, a new one each time. */
public final class ShuffleList extends ModuleInstance {
    private final Input in = listInput("in").help("Any list.");
    private final Output out = output("out", DataType.LIST).help("The same items in a random order.");
    private final Random random = new Random();

    @Override
    public void sendOutput() {
        List<Object> list = CollectionValues.copy(in.getList());
        Collections.shuffle(list, random);
        out.send(CollectionValues.freeze(list));
    }
}
