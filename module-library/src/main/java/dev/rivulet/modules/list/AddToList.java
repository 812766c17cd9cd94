package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.List;

/**
 * Streamr's AddToList: inserts the item at a position (0 = first, the list's length = last). A position outside the
 * list sends a message to error and no list, as in Streamr.
 */
public final class AddToList extends ModuleInstance {
    private final Parameter index = doubleParam("index", 0)
        .help("Where to insert: 0 puts the item first, the list's length puts it last.");
    private final Input item = anyInput("item").help("The value to insert.");
    private final Input listIn = listInput("list").help("The list to insert into (it is not changed; a copy is sent).");
    private final Output listOut = output("list", DataType.LIST).help("The list with the item inserted.");
    private final Output error = stringOutput("error").help("Why nothing was inserted (position outside the list).");

    @Override
    public void initialize() {
        CollectionValues.wholeNumber(index);
    }

    @Override
    public void sendOutput() {
        int i = CollectionValues.wholeNumber(index);
        List<Object> source = listIn.getList();
        if (i < 0 || i > source.size()) {
            error.send("Index " + i + " is out of bounds! List length: " + source.size());
            return;
        }
        List<Object> list = CollectionValues.copy(source);
        list.add(i, item.getValue());
        listOut.send(CollectionValues.freeze(list));
    }
}
