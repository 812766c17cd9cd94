package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.List;

/** Streamr's MergeList: the items of head followed by the items of tail. */
public final class MergeList extends ModuleInstance {
    private final Input head = listInput("head").help("The list whose items come first.");
    private final Input tail = listInput("tail").help("The list whose items come after them.");
    private final Output out = output("out", DataType.LIST).help("Both lists joined into one.");

    @Override
    public void sendOutput() {
        List<Object> joined = CollectionValues.copy(head.getList());
        joined.addAll(tail.getList());
        out.send(CollectionValues.freeze(joined));
    }
}
