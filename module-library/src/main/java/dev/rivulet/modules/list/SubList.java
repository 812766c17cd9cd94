package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamr's SubList: the items from position {@code from} (included) up to {@code to} (not included). Positions
 * outside the list send a message to error and no list, as in Streamr.
 */
public final class SubList extends ModuleInstance {
    private final Parameter from = doubleParam("from", 0).help("Position of the first item to keep (0 = first).");
    private final Parameter to = doubleParam("to", 1).help("Position just after the last item to keep.");
    private final Input in = listInput("in").help("The list to cut.");
    private final Output out = output("out", DataType.LIST).help("The items from 'from' up to, not including, 'to'.");
    private final Output error = stringOutput("error").help("Why no list was sent (positions outside the list).");

    @Override
    public void initialize() {
        CollectionValues.wholeNumber(from);
        CollectionValues.wholeNumber(to);
    }

    @Override
    public void sendOutput() {
        int a = CollectionValues.wholeNumber(from);
        int b = CollectionValues.wholeNumber(to);
        List<Object> list = in.getList();
        if (a < 0) {
            error.send("from " + a + " is negative");
        } else if (b > list.size()) {
            error.send("to " + b + " is past the end of the list (length " + list.size() + ")");
        } else if (a > b) {
            error.send("from " + a + " is after to " + b);
        } else {
            out.send(CollectionValues.freeze(new ArrayList<>(list.subList(a, b))));
        }
    }
}
