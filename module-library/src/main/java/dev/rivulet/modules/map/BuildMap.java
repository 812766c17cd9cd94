package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's BuildMap: a map with one entry per input, keyed by the input's display name (rename an input to name its
 * key). The numOfKeys option sets how many inputs there are (in-1..in-N; 1 when absent, as in Streamr).
 *
 * <p>Unlike Streamr, where every input had to be connected before the module could run, an unconnected input is left
 * out of the map: a spare input should not silently stop the module.
 */
public final class BuildMap extends ModuleInstance {
    private static final int MAX_KEYS = 1000;

    private final Output map = output("map", DataType.MAP).help("The map of input names to their latest values.");
    private final List<Input> ins = new ArrayList<>();
    private Input[] connected = new Input[0];
    private String badCount;

    public BuildMap() {
        option("numOfKeys", "int", 1, "How many inputs (map entries) the module has.");
    }

    /** Configuration must not fail (the module would be lost); a bad count is reported by initialize(). */
    @Override
    protected void onConfiguration(ModuleNode node) {
        int n;
        try {
            n = optionInt("numOfKeys");
        } catch (RuntimeException e) {
            badCount = String.valueOf(option("numOfKeys"));
            n = 1;
        }
        if (n < 0 || n > MAX_KEYS) {
            badCount = String.valueOf(n);
            n = Math.max(0, Math.min(n, MAX_KEYS));
        }
        for (int i = 1; i <= n; i++) {
            ins.add(anyInput("in-" + i).optional()
                .help("A value for the map; the input's name (rename it) is the key. Left out while unconnected."));
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        if (badCount != null) {
            throw new ModuleException("numOfKeys must be a whole number from 0 to " + MAX_KEYS + ", got " + badCount);
        }
        List<Input> list = new ArrayList<>();
        for (Input in : ins) {
            if (in.isConnected()) {
                list.add(in);
            }
        }
        connected = list.toArray(new Input[0]);
    }

    @Override
    public void sendOutput() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Input in : connected) {
            out.put(in.displayName(), in.getValue());
        }
        map.send(CollectionValues.freeze(out));
    }
}
