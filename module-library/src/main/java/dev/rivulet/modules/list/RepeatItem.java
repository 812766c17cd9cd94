package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.Collections;

/** Streamr's RepeatItem: a list holding the item {@code times} times. */
public final class RepeatItem extends ModuleInstance {
    private final Parameter times = doubleParam("times", 10).help("How many copies of the item the list holds.");
    private final Input item = anyInput("item").help("The value to repeat.");
    private final Output list = output("list", DataType.LIST).help("The item repeated.");

    @Override
    public void initialize() {
        checkedTimes();
    }

    @Override
    public void sendOutput() {
        list.send(Collections.nCopies(checkedTimes(), item.getValue()));
    }

    private int checkedTimes() {
        int n = CollectionValues.count(times);
        if (n > Range.MAX_ITEMS) {
            throw new ModuleException("times is too large: at most " + Range.MAX_ITEMS + " items, got " + n);
        }
        return n;
    }
}
