package dev.rivulet.modules.list;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's ListToEvents: sends the items of a list one by one, each as an event of its own, so that modules
 * downstream run once per item (a Table gets one row per item).
 *
 * <p>Sending several values in one activation would otherwise only let downstream modules see the last one: they run
 * once, after this module, in the propagation order. So after each item the module propagates it downstream at once
 * ({@code propagateNow}). Streamr instead queued each item as a new event with the same timestamp, processed after the
 * current event had finished; the difference shows only when a module downstream also waits for a module that comes
 * later in the current pass: here it sees that module's previous value with the items, in Streamr its new one.
 * Empty items (a JSON null) are skipped: null cannot travel along a connection.
 */
public final class ListToEvents extends ModuleInstance {
    private final Input in = listInput("list").help("The list whose items are sent one by one.");
    private final Output item = anyOutput("item").help("Each item of the list, in order, as an event of its own.");

    @Override
    public void sendOutput() {
        for (Object o : in.getList()) {
            if (o != null) {
                item.send(o);
                propagateNow();
            }
        }
    }
}
