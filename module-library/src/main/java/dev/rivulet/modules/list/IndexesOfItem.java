package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.ArrayList;
import java.util.List;

/** Streamr's IndexesOfItem: every position where the item occurs (an empty list when it does not). */
public final class IndexesOfItem extends ModuleInstance {
    private final Input list = listInput("list").help("The list to search.");
    private final Input item = anyInput("item").help("The value to look for (numbers compare by value).");
    private final Output indexes = output("indexes", DataType.LIST)
        .help("The positions of the item, counting from 0; empty when the list does not hold it.");

    @Override
    public void sendOutput() {
        Object wanted = item.getValue();
        List<Object> source = list.getList();
        List<Object> found = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (CollectionValues.same(source.get(i), wanted)) {
                found.add((double) i);
            }
        }
        indexes.send(CollectionValues.freeze(found));
    }
}
