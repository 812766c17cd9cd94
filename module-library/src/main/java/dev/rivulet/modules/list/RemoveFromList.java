package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.List;

/**
 * Streamr's RemoveFromList: the list without the item at a position; a negative position counts from the end. A
 * position outside the list sends the list unchanged, as in Streamr.
 */
public final class RemoveFromList extends ModuleInstance {
    private final Parameter index = doubleParam("index", 0)
        .help("Position of the item to remove: 0 is the first, -1 the last.");
    private final Input in = listInput("in").help("The list to remove from (it is not changed; a copy is sent).");
    private final Output out = output("out", DataType.LIST)
        .help("The list without that item (unchanged when the position is outside the list).");

    @Override
    public void initialize() {
        CollectionValues.wholeNumber(index);
    }

    @Override
    public void sendOutput() {
        int i = CollectionValues.wholeNumber(index);
        List<Object> source = in.getList();
        int at = i < 0 ? source.size() + i : i;
        if (at < 0 || at >= source.size()) {
            out.send(source);
            return;
        }
        List<Object> list = CollectionValues.copy(source);
        list.remove(at);
        out.send(CollectionValues.freeze(list));
    }
}
