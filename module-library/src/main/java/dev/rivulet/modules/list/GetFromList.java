package dev.rivulet.modules.list;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.List;

/**
 * Streamr's GetFromList: the item at a position; a negative position counts from the end (-1 is the last item). An
 * empty list or a position outside it sends a message to error instead, as in Streamr.
 */
public final class GetFromList extends ModuleInstance {
    private final Parameter index = doubleParam("index", 0)
        .help("Position of the item: 0 is the first, -1 the last, -2 the one before it.");
    private final Input in = listInput("in").help("The list to take the item from.");
    private final Output error = stringOutput("error").help("Why no item was sent (empty list, position outside it).");
    private final Output out = anyOutput("out").help("The item at the position.");

    @Override
    public void initialize() {
        CollectionValues.wholeNumber(index);
    }

    @Override
    public void sendOutput() {
        int i = CollectionValues.wholeNumber(index);
        List<Object> list = in.getList();
        int n = list.size();
        if (n == 0) {
            error.send("List is empty");
            return;
        }
        int at = i < 0 ? n + i : i;
        if (at < 0 || at >= n) {
            error.send("Index " + i + " is out of bounds! List length: " + n);
            return;
        }
        Object item = list.get(at);
        if (item == null) {
            // a JSON list may hold null, which cannot travel along a connection
            error.send("The item at index " + i + " is empty");
            return;
        }
        out.send(item);
    }
}
