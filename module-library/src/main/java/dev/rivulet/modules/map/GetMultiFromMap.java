package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's GetMultiFromMap (VariadicGetMultiFromMap): one output per key, named after the key (rename an output to
 * choose its key; paths such as address.city work as in GetFromMap), plus founds, a map telling for each key whether
 * it was found. An output sends only when its key is found.
 *
 * <p>Only connected outputs are looked up (and listed in founds): the editor keeps a spare unconnected output, whose
 * placeholder name is not a key anyone asked for.
 */
public final class GetMultiFromMap extends ModuleInstance {
    private final Input in = mapInput("in").help("The map to read from.");
    private final VariadicGroup outs = variadicOutputs("out-", DataType.OBJECT, 1);
    private Output founds;
    private Output[] connected = new Output[0];

    /** founds is declared here, after the variadic outputs, to keep Streamr's port order (in, out-1..N, founds). */
    @Override
    protected void onConfiguration(ModuleNode node) {
        founds = output("founds", DataType.MAP)
            .help("For each connected output's key: true when the map had a value for it, false when not.");
        for (Output o : outs.outputs()) {
            o.help("The value of the key this output is named after (rename it to choose the key).");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        List<Output> list = new ArrayList<>();
        for (Output o : outs.outputs()) {
            if (o.isConnected()) {
                list.add(o);
            }
        }
        connected = list.toArray(new Output[0]);
    }

    @Override
    public void sendOutput() {
        Map<String, Object> map = in.getMap();
        Map<String, Object> found = new LinkedHashMap<>();
        for (Output o : connected) {
            String key = o.displayName();
            Object v = MapPath.lookup(map, key);
            found.put(key, v != null);
            if (v != null) {
                o.send(v);
            }
        }
        founds.send(CollectionValues.freeze(found));
    }
}
