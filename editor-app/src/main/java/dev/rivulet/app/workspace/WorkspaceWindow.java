package dev.rivulet.app.workspace;

import dev.rivulet.app.run.HistoricalRunPanel;
import dev.rivulet.app.run.RunController;
import dev.rivulet.app.run.RunServices;
import dev.rivulet.app.run.WidgetSkins;
import dev.rivulet.app.run.WireInspector;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.core.ModuleDefinition;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The workspace window: menus and toolbar on top, the module browser on the left, canvases in tabs in the middle
 * with the console under them, the inspector on the right, a status line at the bottom. Composes the views over their
 * view models and connects each new canvas view (quick add, wire drops, problems, selection).
 *
 * <p>Usage: {@code new WorkspaceWindow(vm, browserVm, dialogs, "Stores ready", Platform::exit).showIn(stage);}
 */
public final class WorkspaceWindow {
    public static final String TITLE = "Rivulet";

    private final WorkspaceViewModel vm;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final Pane overlay = new Pane();
    private final Label status = new Label();
    private CanvasTabs tabs; // set once in the constructor; not final because the actions read it late
    private final ConsoleViewModel consoleVm = new ConsoleViewModel();
    private final InspectorViewModel inspectorVm = new InspectorViewModel();
    private final QuickAddPane quickAdd;
    private final FindBar findBar;
    private final ModuleBrowserView browser;
    private final CanvasRuns runs;
    private final HistoricalRunPanel historical;
    private final VBox canvasArea;
    private final WireInspector wires;
    private Point2D lastPointer;

    public WorkspaceWindow(WorkspaceViewModel vm, ModuleBrowserViewModel browserVm, WorkspaceDialogs dialogs,
                           String storeStatus, Runnable quit) {
        this.vm = Objects.requireNonNull(vm, "vm");
        root.setId("main-window");
        overlay.setPickOnBounds(false);
        quickAdd = new QuickAddPane(overlay, browserVm.search());
        // the actions need the tabs' current view and the tabs need the actions' close check: read the field late
        WorkspaceActions actions = new WorkspaceActions(vm, dialogs, () -> this.tabs.currentView(), status::setText);
        runs = new CanvasRuns(vm, c -> this.tabs.viewOf(c), consoleVm, status::setText, dialogs);
        tabs = new CanvasTabs(vm, this::connect, actions::mayClose,
            (canvas, theme) -> WidgetSkins.register(ModuleSkins.standard(theme), runs.of(canvas)));
        wires = new WireInspector(this::closeWireInspector, status::setText);
        historical = new HistoricalRunPanel(() -> showHistorical(false), () -> java.time.LocalDate.now(
            java.time.ZoneOffset.UTC));
        findBar = new FindBar(tabs::currentView);
        ModuleDrag drag = new ModuleDrag(overlay, tabs::currentView);
        browser = new ModuleBrowserView(browserVm, drag, this::addAtCenter);
        AutoLayout autoLayout = new AutoLayout(new LayeredLayout());
        Runnable layout = () -> {
            CanvasView v = tabs.currentView();
            if (v != null) {
                autoLayout.apply(v);
            }
        };
        WorkspaceMenus menus = new WorkspaceMenus(vm, actions, new WorkspaceMenus.Hooks(findBar::open,
            this::quickAddAtPointer, layout, () -> dialogs.info("About Rivulet", "Rivulet: a desktop studio for real-time "
                + "data.\nDrag modules from the browser, wire outputs to inputs, and run."), quit),
            new WorkspaceMenus.RunHooks(() -> withRun(r -> r.runRealtime(false)), () -> withRun(RunController::stop),
                () -> withRun(r -> r.runRealtime(true)), () -> showHistorical(true), runs.currentActive(),
                this::savesState, this::setSaveState));
        ConsoleView console = new ConsoleView(consoleVm, this::reveal);
        InspectorView inspector = new InspectorView(inspectorVm, status::setText);

        canvasArea = new VBox(findBar.node(), tabs.node());
        VBox.setVgrow(tabs.node(), Priority.ALWAYS);
        SplitPane middle = new SplitPane(canvasArea, console.node());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(console.node(), false);
        SplitPane main = new SplitPane(browser.node(), middle, inspector.node());
        main.setDividerPositions(0.18, 0.77);
        SplitPane.setResizableWithParent(browser.node(), false);
        SplitPane.setResizableWithParent(inspector.node(), false);
        javafx.scene.control.MenuBar menuBar = menus.menuBar();
        frame.setTop(new VBox(menuBar, menus.toolBar()));
        frame.setCenter(main);
        frame.setBottom(statusBar(storeStatus));
        root.getChildren().addAll(frame, overlay);
        root.getStylesheets().add(Objects.requireNonNull(
            WorkspaceWindow.class.getResource("workspace.css")).toExternalForm());
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED,
            e -> lastPointer = new Point2D(e.getSceneX(), e.getSceneY()));
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (quickAdd.isShowing() && !isInside(e.getPickResult().getIntersectedNode())) {
                quickAdd.hide();
            }
        });
        vm.current().addListener((o, a, b) -> currentChanged());
        vm.theme().addListener((o, a, b) -> applyTheme(b));
        applyTheme(vm.theme().get());
        vm.uiScale().addListener((o, a, b) -> {
            UiScale.apply(root, menuBar, b.doubleValue());
            // larger text needs wider side panes, or names and parameter labels are cut
            main.setDividerPositions(UiScale.sidePanes(b.doubleValue()));
        });
        UiScale.apply(root, menuBar, vm.uiScale().get());
        // menus the host adds later (Window) get the scale too
        menuBar.getMenus().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Menu>) c ->
            UiScale.apply(root, menuBar, vm.uiScale().get()));
        currentChanged();
    }

    /** Where the inspector stores values of secret parameters (the composition root passes the secret store). */
    public void setSecrets(SecretSink sink) {
        inspectorVm.setSecrets(sink);
    }

    public StackPane root() {
        return root;
    }

    /** Lets canvases run from the editor (Run menu, toolbar, widgets); until then a run says why it cannot start. */
    public void enableRuns(RunServices services) {
        runs.setServices(services);
    }

    /** The run controller of an open canvas (made on first use). */
    public RunController runController(OpenCanvas canvas) {
        return runs.of(canvas);
    }

    private boolean savesState() {
        OpenCanvas c = vm.current().get();
        return c != null && c.session().document().settings != null
            && Boolean.TRUE.equals(c.session().document().settings.serializationEnabled);
    }

    /** The canvas setting "save state" (Streamr's serialization): one undoable edit of the run settings. */
    private void setSaveState(boolean on) {
        OpenCanvas c = vm.current().get();
        if (c == null) {
            return;
        }
        dev.rivulet.document.CanvasSettings s = c.session().document().settings == null
            ? new dev.rivulet.document.CanvasSettings() : c.session().document().settings.copy();
        s.serializationEnabled = on ? Boolean.TRUE : null;
        var r = c.session().setSettings(s, on ? "Save state on" : "Save state off");
        status.setText(r.done() ? (on ? "The canvas saves its state while it runs and resumes from it"
            : "The canvas no longer saves its state") : r.reason());
    }

    private void closeWireInspector() {
        canvasArea.getChildren().remove(wires.node());
    }

    /** Shows the values a wire carries while its canvas runs (recorded only while shown). */
    private void inspectWire(CanvasView view, dev.rivulet.document.ConnectionNode wire) {
        RunController rc = runs.current();
        if (rc == null || rc.handle() == null || view != tabs.currentView()) {
            status.setText("Run the canvas to see the values on a wire");
            return;
        }
        wires.show(rc.handle(), view.session().document(), wire);
        if (!canvasArea.getChildren().contains(wires.node())) {
            canvasArea.getChildren().add(wires.node());
        }
        rc.phase().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunController.Phase> o,
                                RunController.Phase a, RunController.Phase b) {
                if (b == RunController.Phase.IDLE) {
                    o.removeListener(this);
                    wires.stop();
                }
            }
        });
    }

    private void withRun(java.util.function.Consumer<RunController> action) {
        RunController rc = runs.current();
        if (rc != null) {
            action.accept(rc);
        }
    }

    /** Shows or hides the historical run bar over the current canvas. */
    private void showHistorical(boolean on) {
        boolean shown = canvasArea.getChildren().contains(historical.node());
        RunController rc = runs.current();
        if (on && rc != null) {
            historical.show(rc, vm.current().get().session().document().settings);
            if (!shown) {
                canvasArea.getChildren().add(1, historical.node());
            }
        } else if (!on && shown) {
            canvasArea.getChildren().remove(historical.node());
        }
    }

    public WorkspaceViewModel viewModel() {
        return vm;
    }

    /** The view of the current canvas, or null when no canvas is open. */
    public CanvasView currentView() {
        return tabs.currentView();
    }

    public void showIn(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 1440, 900));
        stage.show();
    }

    private static void applyTheme(WorkspaceTheme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
    }

    private HBox statusBar(String storeStatus) {
        status.setId("status-message");
        Label stores = new Label(storeStatus == null ? "" : storeStatus);
        stores.setId("status-stores");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, stores);
        bar.setId("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    /** Hooks a new canvas view into the window (called again when a theme change rebuilds it). */
    private void connect(CanvasView view) {
        view.setOnWireClicked(wire -> inspectWire(view, wire));
        view.setOnBackgroundDoubleClick(p -> {
            Point2D at = view.toCanvas(p.getX(), p.getY());
            showQuickAdd(view.localToScene(p), "Add at the cursor", d -> true,
                d -> add(view, d.id(), at));
        });
        view.setOnWireDropped(drop -> {
            Point2D scene = view.localToScene(drop.viewX(), drop.viewY());
            showQuickAdd(scene, "Modules that take " + drop.fromPort(),
                d -> view.session().firstCompatibleInput(d.id(), drop.fromHash(), drop.fromPort()).isPresent(),
                d -> {
                    int hash = view.session().addModuleConnected(d.id(), Math.round(drop.canvasX()),
                        Math.round(drop.canvasY()), drop.fromHash(), drop.fromPort());
                    view.selection().set(List.of(hash));
                    view.requestFocus();
                });
        });
        view.addProblemListener(problems -> {
            if (view == tabs.currentView()) {
                consoleVm.showProblems(problems);
            }
        });
        view.selection().addListener(flipped -> {
            if (view == tabs.currentView()) {
                showSelection(view);
            }
        });
        if (view == tabs.currentView()) {
            currentChanged();
        }
    }

    private void currentChanged() {
        CanvasView view = tabs.currentView();
        if (view == null) {
            consoleVm.clear();
            inspectorVm.show(null, null);
            return;
        }
        consoleVm.showProblems(view.problems());
        showSelection(view);
        if (canvasArea != null && canvasArea.getChildren().contains(historical.node())) {
            showHistorical(true);
        }
    }

    private void showSelection(CanvasView view) {
        Integer only = view.selection().size() == 1 ? view.selection().hashes().iterator().next() : null;
        inspectorVm.show(view.session(), only);
    }

    private void reveal(int hash) {
        CanvasView view = tabs.currentView();
        if (view != null) {
            view.commands().reveal(hash);
        }
    }

    private void addAtCenter(ModuleDefinition d) {
        CanvasView view = tabs.currentView();
        if (view != null) {
            Point2D c = view.viewCenter();
            add(view, d.id(), new Point2D(c.getX() - 70, c.getY() - 30));
        }
    }

    private static void add(CanvasView view, String type, Point2D at) {
        int hash = view.session().addModule(type, Math.round(at.getX()), Math.round(at.getY()));
        view.selection().set(List.of(hash));
        view.requestFocus();
    }

    /** Quick add where the pointer last was over the canvas (or in the middle of the view). */
    private void quickAddAtPointer() {
        CanvasView view = tabs.currentView();
        if (view == null) {
            return;
        }
        Point2D scene = lastPointer;
        Point2D local = scene == null ? null : view.sceneToLocal(scene);
        if (local == null || !view.getLayoutBounds().contains(local)) {
            local = new Point2D(view.getWidth() / 2, view.getHeight() / 3);
            scene = view.localToScene(local);
        }
        Point2D at = view.toCanvas(local.getX(), local.getY());
        showQuickAdd(scene, "Add at the cursor", d -> true, d -> add(view, d.id(), at));
    }

    private void showQuickAdd(Point2D scene, String title, Predicate<ModuleDefinition> allowed,
                              java.util.function.Consumer<ModuleDefinition> chosen) {
        Point2D p = overlay.sceneToLocal(scene);
        quickAdd.show(p.getX(), p.getY(), title, allowed, chosen);
    }

    private boolean isInside(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if ("quick-add".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
