package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.Collections;
import java.util.List;

/** Streamr's ReverseList: the items in the opposite order. */
public final class ReverseList extends ModuleInstance {
    private final Input in = listInput("in").help("Any list.");
    private final Output out = output("out", DataType.LIST).help("The list from last item to first.");

    @Override
    public void sendOutput() {
        List<Object> list = CollectionValues.copy(in.getList());
        Collections.reverse(list);
        out.send(CollectionValues.freeze(list));
    }
}
