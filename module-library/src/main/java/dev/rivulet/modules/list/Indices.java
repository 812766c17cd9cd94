package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamr's Indices: the list itself and the list of its positions 0..n-1 (numbers, as everywhere in the engine;
 * Streamr sent integers).
 */
public final class Indices extends ModuleInstance {
    private final Input listIn = listInput("list").help("Any list.");
    private final Output listOut = output("list", DataType.LIST).help("The same list, passed on.");
    private final Output indices = output("indices", DataType.LIST).help("The positions 0, 1, 2... of its items.");

    @Override
    public void sendOutput() {
        List<Object> list = listIn.getList();
        List<Object> positions = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            positions.add((double) i);
        }
        listOut.send(list);
        indices.send(CollectionValues.freeze(positions));
    }
}
