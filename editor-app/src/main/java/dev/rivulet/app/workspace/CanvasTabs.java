package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.skin.ModuleSkins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The open canvases as tabs, one {@link CanvasView} each, kept in step with the workspace's list and current canvas.
 * A theme change rebuilds the views over the same sessions (the canvas paints its colours in code), keeping each
 * view's zoom and selection.
 *
 * <p>Usage: {@code CanvasTabs tabs = new CanvasTabs(vm, view -> wire(view)); tabs.viewOf(vm.current().get())}.
 */
final class CanvasTabs {
    private final WorkspaceViewModel vm;
    private final Consumer<CanvasView> onViewCreated;
    private final java.util.function.Predicate<OpenCanvas> mayClose;
    private final java.util.function.BiFunction<OpenCanvas, dev.rivulet.canvas.skin.CanvasTheme, ModuleSkins> skins;
    private final TabPane pane = new TabPane();
    private final Map<OpenCanvas, Tab> tabs = new HashMap<>();
    private final Map<OpenCanvas, CanvasView> views = new HashMap<>();
    private boolean syncing;

    CanvasTabs(WorkspaceViewModel vm, Consumer<CanvasView> onViewCreated,
               java.util.function.Predicate<OpenCanvas> mayClose) {
        this(vm, onViewCreated, mayClose, (canvas, theme) -> ModuleSkins.standard(theme));
    }

    /** @param skins the skins of a canvas's view (widget skins bound to that canvas's runs) */
    CanvasTabs(WorkspaceViewModel vm, Consumer<CanvasView> onViewCreated,
               java.util.function.Predicate<OpenCanvas> mayClose,
               java.util.function.BiFunction<OpenCanvas, dev.rivulet.canvas.skin.CanvasTheme, ModuleSkins> skins) {
        this.skins = skins;
        this.vm = vm;
        this.onViewCreated = onViewCreated;
        this.mayClose = mayClose;
        pane.setId("canvas-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        vm.canvases().forEach(this::add);
        vm.canvases().addListener((ListChangeListener<OpenCanvas>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::remove);
                c.getAddedSubList().forEach(this::add);
            }
        });
        vm.current().addListener((o, a, b) -> {
            if (b != null && tabs.containsKey(b) && !syncing) {
                pane.getSelectionModel().select(tabs.get(b));
            }
        });
        pane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            syncing = true;
            vm.current().set(b == null ? null : (OpenCanvas) b.getUserData());
            syncing = false;
        });
        vm.theme().addListener((o, a, b) -> List.copyOf(views.keySet()).forEach(this::rebuild));
        vm.uiScale().addListener((o, a, b) -> views.values().forEach(v -> v.setUiScale(b.doubleValue())));
    }

    TabPane node() {
        return pane;
    }

    /** The view showing a canvas, or null. */
    CanvasView viewOf(OpenCanvas canvas) {
        return canvas == null ? null : views.get(canvas);
    }

    CanvasView currentView() {
        return viewOf(vm.current().get());
    }

    private void add(OpenCanvas canvas) {
        Tab tab = new Tab();
        tab.setUserData(canvas);
        tab.textProperty().bind(Bindings.when(canvas.dirty()).then(canvas.title().concat(" •"))
            .otherwise(canvas.title()));
        tab.setOnCloseRequest(e -> {
            if (!mayClose.test(canvas)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> vm.close(canvas));
        tabs.put(canvas, tab);
        tab.setContent(new StackPane());
        rebuild(canvas);
        pane.getTabs().add(tab);
        pane.getSelectionModel().select(tab);
        // keys go to the new canvas, not to whatever text field had focus
        javafx.application.Platform.runLater(() -> {
            CanvasView v = views.get(canvas);
            if (v != null && v.getScene() != null) {
                v.requestFocus();
            }
        });
    }

    private void remove(OpenCanvas canvas) {
        Tab tab = tabs.remove(canvas);
        CanvasView view = views.remove(canvas);
        if (view != null) {
            view.dispose();
        }
        if (tab != null) {
            pane.getTabs().remove(tab);
        }
    }

    private void rebuild(OpenCanvas canvas) {
        CanvasView old = views.get(canvas);
        CanvasView view = new CanvasView(canvas.session(), skins.apply(canvas, vm.theme().get().canvasTheme()));
        view.setId("canvas-view");
        view.setUiScale(vm.uiScale().get());
        if (old != null) {
            view.setViewport(old.viewport().scale(), old.viewport().translateX(), old.viewport().translateY());
            view.selection().set(old.selection().hashes());
            old.dispose();
        }
        views.put(canvas, view);
        Minimap minimap = new Minimap(view, vm.theme().get());
        StackPane.setAlignment(minimap.node(), Pos.BOTTOM_RIGHT);
        StackPane content = (StackPane) tabs.get(canvas).getContent();
        content.getChildren().setAll(view, minimap.node());
        onViewCreated.accept(view);
    }
}
