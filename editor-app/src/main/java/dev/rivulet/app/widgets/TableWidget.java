package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Streamr's Table widget (also MapAsTable and ListAsTable): rows newest first, at most {@code maxRows}; columns from
 * the module's headers, widened when a row is longer. ListAsTable's {@code nc} (new contents: the rows of a list, in
 * list order) and MapAsTable's {@code nm} (a map: one key/value row per entry) replace the whole table.
 *
 * <p>The table's items are row holders whose cell texts change in place: new rows arriving at the top shift the texts
 * down through the same cells, so a frame only sets the texts that changed, with no list change for the table to
 * rebuild its rows from (which restyled every row and cell each frame under a live feed). A batch is applied at once,
 * so a frame costs one layout however many rows arrived.
 */
final class TableWidget implements WidgetView {
    private final TableView<ShownRow> table = new TableView<>();
    private final ObservableList<ShownRow> rows = FXCollections.observableArrayList();
    static final int REFRESHES_PER_SECOND = 20;
    /** The values shown, newest first; row i of the table shows values.get(i). */
    private List<List<Object>> values = List.of();
    private long shownAt = Long.MIN_VALUE / 2;
    private boolean refreshQueued;
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
        int keepOld = Math.max(0, Math.min(values.size(), maxRows - top.size()));
        List<List<Object>> next = new ArrayList<>(top.size() + keepOld);
        next.addAll(top);
        next.addAll(values.subList(0, keepOld));
        show(next);
    }

    /**
     * Shows these rows, at most {@link #REFRESHES_PER_SECOND} times a second: text is not read faster than that, and
     * a table fed a thousand rows a frame would otherwise relayout and repaint all its rows every frame. The newest
     * rows are shown at most 1/20 s late; {@link #rows()} has them at once.
     */
    private void show(List<List<Object>> next) {
        values = next;
        long now = System.nanoTime();
        long due = shownAt + 1_000_000_000L / REFRESHES_PER_SECOND;
        if (now >= due) {
            refreshRows(now);
        } else if (!refreshQueued) {
            refreshQueued = true;
            PauseTransition wait = new PauseTransition(Duration.millis((due - now) / 1e6));
            wait.setOnFinished(e -> {
                refreshQueued = false;
                refreshRows(System.nanoTime());
            });
            wait.play();
        }
    }

    /** Brings the table's rows to {@link #values}: holders are added or removed only when the row count changes. */
    private void refreshRows(long now) {
        shownAt = now;
        List<List<Object>> next = values;
        if (rows.size() > next.size()) {
            rows.remove(next.size(), rows.size());
        }
        for (int i = 0; i < Math.min(rows.size(), next.size()); i++) {
            rows.get(i).set(next.get(i));
        }
        if (rows.size() < next.size()) {
            List<ShownRow> more = new ArrayList<>();
            for (int i = rows.size(); i < next.size(); i++) {
                ShownRow r = new ShownRow();
                r.set(next.get(i));
                more.add(r);
            }
            rows.addAll(more);
        }
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
        show(all);
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

    private static TableColumn<ShownRow, String> column(String title, int index) {
        TableColumn<ShownRow, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cell -> cell.getValue().cell(index));
        return c;
    }

    @Override
    public void clear() {
        values = List.of();
        refreshRows(System.nanoTime());
    }

    /** Rows as shown, newest first (for tests and CSV export). */
    List<List<Object>> rows() {
        return List.copyOf(values);
    }

    /** One row of the table: the texts of its cells, set in place when other values scroll through it. */
    private static final class ShownRow {
        private final List<StringProperty> cells = new ArrayList<>();

        StringProperty cell(int i) {
            while (cells.size() <= i) {
                cells.add(new SimpleStringProperty(""));
            }
            return cells.get(i);
        }

        void set(List<Object> values) {
            int n = Math.max(cells.size(), values.size());
            for (int i = 0; i < n; i++) {
                // a property fires only when its text really changes
                cell(i).set(i < values.size() ? ValueText.of(values.get(i)) : "");
            }
        }

        /** The cell texts, as a list prints: {@code [t, 29, S29]}. */
        @Override
        public String toString() {
            return cells.stream().map(StringProperty::get).toList().toString();
        }
    }

    List<String> headers() {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }
}
