package dev.rivulet.modules.list;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's ContainsItem: whether the list holds the item (numbers compare by value: 1 and 1.0 are the same). */
public final class ContainsItem extends ModuleInstance {
    private final Input list = listInput("list").help("The list to search.");
    private final Input item = anyInput("item").help("The value to look for.");
    private final Output found = booleanOutput("found").help("True when the list holds the item.");

    @Override
    public void sendOutput() {
        Object wanted = item.getValue();
        for (Object o : list.getList()) {
            if (CollectionValues.same(o, wanted)) {
                found.send(true);
                return;
            }
        }
        found.send(false);
    }
}
