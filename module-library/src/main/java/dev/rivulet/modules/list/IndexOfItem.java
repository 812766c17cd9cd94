package dev.rivulet.modules.list;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.List;

/** Streamr's IndexOfItem: the first position of the item; nothing is sent when the list does not hold it. */
public final class IndexOfItem extends ModuleInstance {
    private final Input list = listInput("list").help("The list to search.");
    private final Input item = anyInput("item").help("The value to look for (numbers compare by value).");
    private final Output index = doubleOutput("index")
        .help("Where the item first occurs, counting from 0. Nothing is sent when it is not in the list.");

    @Override
    public void sendOutput() {
        Object wanted = item.getValue();
        List<Object> source = list.getList();
        for (int i = 0; i < source.size(); i++) {
            if (CollectionValues.same(source.get(i), wanted)) {
                index.send((double) i);
                return;
            }
        }
    }
}
