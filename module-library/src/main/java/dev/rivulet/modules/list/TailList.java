package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.ArrayList;
import java.util.List;

/** Streamr's TailList: the last {@code limit} items (the whole list when it is shorter). */
public final class TailList extends ModuleInstance {
    private final Parameter limit = doubleParam("limit", 50).help("How many items to keep from the end.");
    private final Input in = listInput("in").help("The list to take items from.");
    private final Output out = output("out", DataType.LIST).help("The last items of the list, in their order.");

    @Override
    public void initialize() {
        CollectionValues.count(limit);
    }

    @Override
    public void sendOutput() {
        List<Object> list = in.getList();
        int from = Math.max(0, list.size() - CollectionValues.count(limit));
        out.send(CollectionValues.freeze(new ArrayList<>(list.subList(from, list.size()))));
    }
}
