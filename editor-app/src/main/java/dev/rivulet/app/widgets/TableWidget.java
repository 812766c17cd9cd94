package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Streamr's Table widget (also MapAsTable and ListAsTable): rows newest first, at most {@code maxRows}; columns from
 * the module's headers, widened when a row is longer. ListAsTable's {@code nc} (new contents: the rows of a list, in
 * list order) and MapAsTable's {@code nm} (a map: one key/value row per entry) replace the whole table. A batch is
 * applied as one list change, so a frame costs one layout however many rows arrived.
 */
final class TableWidget implements WidgetView {
    private final TableView<List<Object>> table = new TableView<>();
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final int maxRows;
    // a list or map shown whole: bounded so that a huge one cannot stall the UI
    private static final int MAX_REPLACED_ROWS = 10_000;

    TableWidget(int maxRows) {
        this.maxRows = Math.max(1, maxRows);
        table.setItems(rows);
        table.getStyleClass().add("widget-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new javafx.scene.control.Label("No rows yet"));
    }

    @Override
    public Region node() {
        return table;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        List<List<Object>> fresh = new ArrayList<>();
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.TableHeaders h) {
                setHeaders(h.headers());
            } else if (m instanceof UiMessage.TableRow r) {
                fresh.add(r.values());
                ensureColumns(r.values().size());
            } else if (m instanceof UiMessage.Generic g && g.body() != null
                && ("nc".equals(g.type()) || "nm".equals(g.type()))) {
                fresh.clear();
                replaceAll(g);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        // newest first: the batch reversed goes on top; only what fits is kept
        List<List<Object>> top = new ArrayList<>(Math.min(maxRows, fresh.size()));
        for (int i = fresh.size() - 1; i >= 0 && top.size() < maxRows; i--) {
            top.add(fresh.get(i));
        }
        int keepOld = Math.max(0, Math.min(rows.size(), maxRows - top.size()));
        List<List<Object>> next = new ArrayList<>(top.size() + keepOld);
        next.addAll(top);
        next.addAll(rows.subList(0, keepOld));
        rows.setAll(next);
    }

    /** A whole new table: a list's rows in list order, or a map's entries as key/value rows. */
    private void replaceAll(UiMessage.Generic g) {
        List<List<Object>> all = new ArrayList<>();
        if (g.body().get("nc") instanceof List<?> list) {
            for (Object row : list) {
                all.add(row instanceof List<?> cells ? new ArrayList<>(cells) : List.of(String.valueOf(row)));
                if (all.size() == MAX_REPLACED_ROWS) {
                    break;
                }
            }
        } else if (g.body().get("nm") instanceof java.util.Map<?, ?> map) {
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                all.add(java.util.Arrays.asList(String.valueOf(e.getKey()), e.getValue()));
                if (all.size() == MAX_REPLACED_ROWS) {
                    break;
                }
            }
        }
        all.forEach(r -> ensureColumns(r.size()));
        rows.setAll(all);
    }

    private void setHeaders(List<String> headers) {
        table.getColumns().clear();
        for (int i = 0; i < headers.size(); i++) {
            table.getColumns().add(column(headers.get(i), i));
        }
    }

    private void ensureColumns(int n) {
        while (table.getColumns().size() < n) {
            int i = table.getColumns().size();
            table.getColumns().add(column("col " + (i + 1), i));
        }
    }

    private static TableColumn<List<Object>, String> column(String title, int index) {
        TableColumn<List<Object>, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cell -> {
            List<Object> row = cell.getValue();
            return new ReadOnlyStringWrapper(index < row.size() ? ValueText.of(row.get(index)) : "");
        });
        return c;
    }

    @Override
    public void clear() {
        rows.clear();
    }

    /** Rows as shown, newest first (for tests and CSV export). */
    List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    List<String> headers() {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }
}
