package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streamr's ListAsTable: shows a list as a table, replacing the whole table each time a list arrives (Streamr's
 * {@code nc} "new contents" message, published as {@code Generic("nc", {nc: rows})}). Handy for SQL results.
 *
 * <p>Columns: "i" (the item's position, from 0), then "value" if some items are plain values, then every key of the
 * items that are maps, in order of first appearance (as in Streamr). Items that are lists, which Streamr showed as a
 * single text cell, are spread over columns "[0]", "[1]"..., so a list of rows reads as a table. Missing cells are
 * empty texts, as in Streamr. Headers are published ({@link UiMessage.TableHeaders}) only when they change; an empty
 * list shows the single header "List is empty" and no rows.
 */
public final class ListAsTable extends ModuleInstance {
    static final String EMPTY = "List is empty";

    private final Input list = listInput("list").help("The list to show: one row per item.");
    private List<String> currentHeaders;

    public ListAsTable() {
        option("uiResendLast", "int", 1, "Messages resent to a widget that attaches late (the latest contents).");
    }

    @Override
    public void sendOutput() {
        List<Object> items = list.getList();
        if (items.isEmpty()) {
            publishHeaders(List.of(EMPTY));
            publishContents(List.of());
            return;
        }
        boolean valueColumn = false;
        int listWidth = 0;
        Set<String> keys = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> m) {
                for (Object k : m.keySet()) {
                    keys.add(String.valueOf(k));
                }
            } else if (item instanceof List<?> l) {
                listWidth = Math.max(listWidth, l.size());
            } else if (item != null) {
                valueColumn = true;
            }
        }
        List<String> headers = new ArrayList<>();
        headers.add("i");
        if (valueColumn) {
            headers.add("value");
        }
        headers.addAll(keys);
        for (int c = 0; c < listWidth; c++) {
            headers.add("[" + c + "]");
        }
        publishHeaders(headers);

        int keyStart = valueColumn ? 2 : 1;
        int listStart = keyStart + keys.size();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            List<Object> row = new ArrayList<>(Collections.nCopies(headers.size(), ""));
            row.set(0, (double) i);
            if (item instanceof Map<?, ?> m) {
                for (int c = keyStart; c < listStart; c++) {
                    Object v = m.get(headers.get(c));
                    if (v != null) {
                        row.set(c, v);
                    }
                }
            } else if (item instanceof List<?> l) {
                for (int c = 0; c < l.size(); c++) {
                    if (l.get(c) != null) {
                        row.set(listStart + c, l.get(c));
                    }
                }
            } else if (item != null) {
                row.set(1, item);
            }
            rows.add(Collections.unmodifiableList(row));
        }
        publishContents(rows);
    }

    private void publishHeaders(List<String> headers) {
        if (headers.equals(currentHeaders)) {
            return;
        }
        currentHeaders = List.copyOf(headers);
        context().publish(this, new UiMessage.TableHeaders(now(), currentHeaders));
    }

    private void publishContents(List<List<Object>> rows) {
        context().publish(this, new UiMessage.Generic(now(), "nc",
            Map.of("nc", Collections.unmodifiableList(rows))));
    }

    /** The table stays on screen through "clear", as in Streamr. */
    @Override
    public boolean canClearState() {
        return false;
    }
}
