package dev.rivulet.app.dashboard;

import dev.rivulet.runtime.dashboard.Dashboard;
import dev.rivulet.runtime.dashboard.DashboardException;
import dev.rivulet.runtime.dashboard.DashboardRepository;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboards of the workspace: the list (by name), the one shown, create, rename and delete. Every change is
 * saved at once; a failure leaves the list as it was and puts the reason in {@link #problemProperty()}.
 *
 * <pre>{@code
 * DashboardsViewModel vm = new DashboardsViewModel(repository);
 * vm.create("Fleet");                      // selected, saved
 * vm.current().ifPresent(d -> d.add(item));
 * }</pre>
 */
public final class DashboardsViewModel {
    private final DashboardRepository repository;
    private final ObservableList<Dashboard> dashboards = FXCollections.observableArrayList();
    private final ObjectProperty<DashboardViewModel> current = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");

    public DashboardsViewModel(DashboardRepository repository) {
        this.repository = repository;
        reload();
        repository.unreadable().forEach(reason -> problem.set(reason));
    }

    public ObservableList<Dashboard> dashboards() {
        return dashboards;
    }

    /** The dashboard being shown and edited, or null when there is none. */
    public ObjectProperty<DashboardViewModel> currentProperty() {
        return current;
    }

    public Optional<DashboardViewModel> current() {
        return Optional.ofNullable(current.get());
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Shows the dashboard with that id (as saved). */
    public void select(String id) {
        if (current.get() != null && current.get().dashboard().id().equals(id)) {
            return;
        }
        act(() -> current.set(repository.find(id).map(d -> model(d)).orElse(null)));
    }

    public void create(String name) {
        act(() -> {
            Dashboard d = repository.create(name == null || name.isBlank() ? "Dashboard" : name.strip());
            reload();
            current.set(model(d));
        });
    }

    /** Renames the dashboard shown. */
    public void rename(String name) {
        current().ifPresent(m -> act(() -> {
            m.rename(name == null || name.isBlank() ? m.dashboard().name() : name.strip());
            reload();
        }));
    }

    /** Deletes the dashboard shown and shows the first remaining one. */
    public void delete() {
        current().ifPresent(m -> act(() -> {
            repository.delete(m.dashboard().id());
            reload();
            current.set(dashboards.isEmpty() ? null : model(dashboards.get(0)));
        }));
    }

    private DashboardViewModel model(Dashboard d) {
        DashboardViewModel m = new DashboardViewModel(repository, d);
        // a change to the shown dashboard (its name, its number of widgets) shows in the list
        m.dashboardProperty().addListener((o, was, now) -> {
            if (was != null && (!was.name().equals(now.name()) || was.items().size() != now.items().size())) {
                reload();
            }
        });
        return m;
    }

    private void reload() {
        dashboards.setAll(repository.list());
    }

    private void act(Runnable change) {
        try {
            change.run();
            problem.set("");
        } catch (DashboardException e) {
            problem.set(e.getMessage());
        }
    }
}
