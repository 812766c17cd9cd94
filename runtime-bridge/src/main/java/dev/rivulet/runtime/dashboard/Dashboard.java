package dev.rivulet.runtime.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A named grid of widgets picked from canvases. Values: every change returns a new dashboard, which the
 * {@link DashboardRepository} saves.
 */
public record Dashboard(String id, String name, int columns, List<DashboardItem> items, long updated) {
    /** Grid columns of a new dashboard. */
    public static final int DEFAULT_COLUMNS = 12;

    public Dashboard {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a dashboard needs an id");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("a dashboard needs at least one column, got " + columns);
        }
        name = name == null || name.isBlank() ? "Dashboard" : name;
        items = List.copyOf(items);
        for (DashboardItem item : items) {
            if (item.column() + item.width() > columns) {
                throw new IllegalArgumentException("widget \"" + item.title() + "\" reaches past column " + columns);
            }
        }
    }

    public Dashboard renamed(String newName) {
        return new Dashboard(id, newName, columns, items, updated);
    }

    public Dashboard with(DashboardItem item) {
        List<DashboardItem> next = new ArrayList<>(items);
        next.add(item);
        return new Dashboard(id, name, columns, next, updated);
    }

    public Dashboard replacing(int index, DashboardItem item) {
        List<DashboardItem> next = new ArrayList<>(items);
        next.set(index, item);
        return new Dashboard(id, name, columns, next, updated);
    }

    public Dashboard without(int index) {
        List<DashboardItem> next = new ArrayList<>(items);
        next.remove(index);
        return new Dashboard(id, name, columns, next, updated);
    }

    /** The first free place for a widget of the given size, scanning rows top to bottom. */
    public DashboardItem placeFree(DashboardItem item) {
        int w = Math.min(item.width(), columns);
        for (int row = 0; ; row++) {
            for (int col = 0; col + w <= columns; col++) {
                DashboardItem candidate = new DashboardItem(item.canvasId(), item.modulePath(), item.widgetKind(),
                    item.title(), col, row, w, item.height());
                if (items.stream().noneMatch(candidate::overlaps)) {
                    return candidate;
                }
            }
        }
    }
}
