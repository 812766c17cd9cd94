package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.List;

/** Streamr's AppendToList: the list with the item added at the end. */
public final class AppendToList extends ModuleInstance {
    private final Input item = anyInput("item").help("The value to add at the end.");
    private final Input listIn = listInput("list").help("The list to add to (it is not changed; a copy is sent).");
    private final Output listOut = output("list", DataType.LIST).help("The list with the item at the end.");

    @Override
    public void sendOutput() {
        List<Object> list = CollectionValues.copy(listIn.getList());
        list.add(item.getValue());
        listOut.send(CollectionValues.freeze(list));
    }
}
