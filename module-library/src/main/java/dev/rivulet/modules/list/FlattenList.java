package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.ArrayList;
import java.util.List;

/** Streamr's FlattenList: lists inside the list are replaced by their items, one level deep or all the way down. */
public final class FlattenList extends ModuleInstance {
    private final Parameter deep = booleanParam("deep", false)
        .help("Flatten lists inside lists inside lists too (all levels), not just the first level.");
    private final Input in = listInput("in").help("A list that may contain lists.");
    private final Output out = output("out", DataType.LIST).help("The items, with inner lists opened up.");

    @Override
    public void sendOutput() {
        List<Object> flat = new ArrayList<>();
        flatten(in.getList(), deep.getBoolean(), flat);
        out.send(CollectionValues.freeze(flat));
    }

    private static void flatten(List<?> list, boolean deep, List<Object> into) {
        for (Object o : list) {
            if (o instanceof List<?> inner) {
                if (deep) {
                    flatten(inner, true, into);
                } else {
                    into.addAll(inner);
                }
            } else {
                into.add(o);
            }
        }
    }
}
