package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's MapAsTable: shows a map as a two-column table (key, value), replaced by each map that arrives. It
 * publishes the headers once, then Streamr's {@code nm} "new map" message as {@code Generic("nm", {nm: map})}.
 */
public final class MapAsTable extends ModuleInstance {
    static final List<String> HEADERS = List.of("key", "value");

    private final Input map = mapInput("map").help("The map to show: one row per key.");
    private boolean headersSent;

    public MapAsTable() {
        option("uiResendLast", "int", 20, "Messages resent to a widget that attaches late.");
    }

    @Override
    public void sendOutput() {
        if (!headersSent) {
            context().publish(this, new UiMessage.TableHeaders(now(), HEADERS));
            headersSent = true;
        }
        // a copy: the widget may render it later, on another thread
        Map<String, Object> copy = Collections.unmodifiableMap(new LinkedHashMap<>(map.getMap()));
        context().publish(this, new UiMessage.Generic(now(), "nm", Map.of("nm", copy)));
    }

    /** The table stays on screen through "clear", as in Streamr. */
    @Override
    public boolean canClearState() {
        return false;
    }
}
