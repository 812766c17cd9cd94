package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.List;

/**
 * Streamr's SortList. The catalogue lists no parameter, but Streamr's SortList has {@code order} (asc/desc), and its
 * saved canvases carry it, so it is kept. Mixed items sort numbers first, then text, then booleans (Streamr failed on
 * mixed lists); empty items go last.
 */
public final class SortList extends ModuleInstance {
    private final Parameter order = stringParam("order", "asc").choices("ascending", "asc", "descending", "desc")
        .help("asc for smallest first, desc for largest first.");
    private final Input in = listInput("in").help("The list to sort.");
    private final Output out = output("out", DataType.LIST).help("The items in sorted order.");

    @Override
    public void initialize() {
        descending();
    }

    @Override
    public void sendOutput() {
        boolean desc = descending();
        List<Object> list = CollectionValues.copy(in.getList());
        list.sort(desc ? (a, b) -> sortDesc(a, b) : CollectionValues::compare);
        out.send(CollectionValues.freeze(list));
    }

    /** Largest first, but empty items stay last. */
    private static int sortDesc(Object a, Object b) {
        if (a == null || b == null) {
            return CollectionValues.compare(a, b);
        }
        return CollectionValues.compare(b, a);
    }

    private boolean descending() {
        String o = order.getString().trim();
        if (o.equalsIgnoreCase("asc") || o.equalsIgnoreCase("ascending")) {
            return false;
        }
        if (o.equalsIgnoreCase("desc") || o.equalsIgnoreCase("descending")) {
            return true;
        }
        throw new ModuleException("order must be asc or desc, got \"" + o + "\"");
    }
}
