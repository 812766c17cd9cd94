package dev.rivulet.app.dashboard;

import dev.rivulet.runtime.dashboard.Dashboard;
import dev.rivulet.runtime.dashboard.DashboardItem;
import dev.rivulet.runtime.dashboard.DashboardRepository;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The dashboard being edited: every change (add, move, resize, retitle, remove, rename) is clamped to the grid and
 * saved at once, so a dashboard never differs from what the workspace holds.
 */
public final class DashboardViewModel {
    private final DashboardRepository repository;
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();

    public DashboardViewModel(DashboardRepository repository, Dashboard initial) {
        this.repository = repository;
        dashboard.set(initial);
    }

    public ObjectProperty<Dashboard> dashboardProperty() {
        return dashboard;
    }

    public Dashboard dashboard() {
        return dashboard.get();
    }

    /** Adds a widget at the first free place of its size. */
    public void add(DashboardItem item) {
        Dashboard d = dashboard();
        DashboardItem sized = item.resizedTo(Math.min(item.width(), d.columns()), item.height());
        save(d.with(d.placeFree(sized)));
    }

    public void move(int index, int column, int row) {
        DashboardItem item = dashboard().items().get(index);
        int col = Math.max(0, Math.min(column, dashboard().columns() - item.width()));
        save(dashboard().replacing(index, item.movedTo(col, Math.max(0, row))));
    }

    public void resize(int index, int width, int height) {
        DashboardItem item = dashboard().items().get(index);
        int w = Math.max(1, Math.min(width, dashboard().columns() - item.column()));
        save(dashboard().replacing(index, item.resizedTo(w, Math.max(1, height))));
    }

    public void retitle(int index, String title) {
        save(dashboard().replacing(index, dashboard().items().get(index).titled(title)));
    }

    public void remove(int index) {
        save(dashboard().without(index));
    }

    public void rename(String name) {
        save(dashboard().renamed(name));
    }

    private void save(Dashboard next) {
        dashboard.set(repository.save(next));
    }
}
