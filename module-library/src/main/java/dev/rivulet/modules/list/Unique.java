package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Streamr's Unique: the list without repeated items, keeping each item's first occurrence. */
public final class Unique extends ModuleInstance {
    private final Input listIn = listInput("list").help("A list that may hold repeated items.");
    private final Output listOut = output("list", DataType.LIST)
        .help("Each distinct item once, in order of first appearance (1 and 1.0 count as the same).");

    @Override
    public void sendOutput() {
        List<Object> source = listIn.getList();
        Set<Object> seen = new HashSet<>();
        List<Object> list = new ArrayList<>();
        for (Object o : source) {
            if (seen.add(CollectionValues.identity(o))) {
                list.add(o);
            }
        }
        listOut.send(CollectionValues.freeze(list));
    }
}
