package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;
import java.util.Map;

/** Streamr's MergeMap: the entries of both maps; where both have a key, rightMap's value wins. */
public final class MergeMap extends ModuleInstance {
    private final Input leftMap = mapInput("leftMap").help("The first map.");
    private final Input rightMap = mapInput("rightMap").help("The second map; its values win for keys in both.");
    private final Output out = output("out", DataType.MAP).help("The two maps combined.");

    @Override
    public void sendOutput() {
        Map<String, Object> merged = CollectionValues.copy(leftMap.getMap());
        merged.putAll(rightMap.getMap());
        out.send(CollectionValues.freeze(merged));
    }
}
