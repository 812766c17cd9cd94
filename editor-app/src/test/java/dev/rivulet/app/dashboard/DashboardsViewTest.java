package dev.rivulet.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.widgets.LiveFrameDriver;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.dashboard.Dashboard;
import dev.rivulet.runtime.dashboard.DashboardItem;
import dev.rivulet.runtime.dashboard.DashboardRepository;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.InProcessRealtimeSource;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.live.UiUpdateHub;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.VersionKind;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Dashboards window over a real workspace: dashboards made, renamed and deleted with clicks, widgets picked from a
 * stored canvas, placed and resized by dragging, kept after reopening, presented, and fed by a real realtime run.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardsViewTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final Path SCREENSHOT = Path.of("..", "docs", "screenshots", "dashboard.png");

    @TempDir
    static Path tmp;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final HubWidgetSource source = new HubWidgetSource();
    private final List<DashboardViewModel> presented = new ArrayList<>();
    private DashboardRepository repo;
    private WidgetCatalog catalog;
    private DashboardsView view;
    private Stage stage;
    private String canvasId;
    private CanvasRepository canvases;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(tmp, "data");
        Databases db = Databases.open(DataDirectory.open(Optional.of(dir)));
        repo = new DashboardRepository(db.workspace(), Clock.systemUTC());
        canvases = new CanvasRepository(db.workspace(), Clock.systemUTC());
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode chart = b.add("chart");
        ModuleNode table = b.add("table");
        b.option(table, "maxRows", 8);
        ModuleNode label = b.add("label");
        ModuleNode gauge = b.add("gauge");
        b.param(gauge, "min", 0).param(gauge, "max", 200);
        b.add("add");
        b.connect(s, "price", chart, "in1").connect(s, "price", table, "in1").connect(s, "price", label, "label")
            .connect(s, "price", gauge, "value");
        canvasId = canvases.create("Prices", b.build(), VersionKind.CREATE).id();
        catalog = new WidgetCatalog(canvases, REGISTRY);
        view = newView();
        stage.setScene(new Scene(view, 1400, 820));
        stage.show();
    }

    private DashboardsView newView() {
        return new DashboardsView(new DashboardsViewModel(repo), catalog, source, background, presented::add);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void widgetsPickedFromACanvasArePlacedByDraggingAndKeptAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#new-dashboard-name").write("Fleet");
        robot.clickOn("#new-dashboard");
        assertThat(repo.list()).extracting(Dashboard::name).containsExactly("Fleet");
        robot.clickOn("#add-widget");
        ListView<WidgetChoice> choices = robot.lookup("#widget-choices").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> choices.getItems().size() == 4);
        // the canvas's widget modules, not its other modules, in document order
        assertThat(choices.getItems()).extracting(WidgetChoice::widgetKind)
            .containsExactly("chart", "table", "label", "gauge");
        pick(robot, choices, "chart", "Price chart");
        pick(robot, choices, "table", "Last prices");
        DashboardView dash = view.shown();
        assertThat(dash.tiles()).extracting(t -> t.item().title()).containsExactly("Price chart", "Last prices");
        DashboardTile table = tile(dash, "Last prices");
        assertThat(table.item().column()).isEqualTo(6);

        // drag the table under the chart, then make it wider by its corner
        double col = dash.columnWidth();
        Bounds bar = table.bar().localToScreen(table.bar().getBoundsInLocal());
        Point2D from = new Point2D(bar.getMinX() + 20, bar.getCenterY());
        double down = 5 * (DashboardView.ROW_HEIGHT + DashboardView.GAP);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(-3 * col, down / 2)).moveTo(from.add(-6 * col, down))
            .release(MouseButton.PRIMARY);
        Bounds corner = table.resizeHandle().localToScreen(table.resizeHandle().getBoundsInLocal());
        Point2D grip = new Point2D(corner.getCenterX(), corner.getCenterY());
        robot.drag(grip, MouseButton.PRIMARY).moveTo(grip.add(col, 10)).moveTo(grip.add(2 * col, 0))
            .release(MouseButton.PRIMARY);
        DashboardItem placed = tile(view.shown(), "Last prices").item();
        assertThat(List.of(placed.column(), placed.row(), placed.width(), placed.height()))
            .containsExactly(0, 5, 6, 4);

        // close the window and open it again: the same dashboard, the same places
        DashboardsView reopened = onFx(() -> {
            view.dispose();
            view = newView();
            stage.setScene(new Scene(view, 1400, 820));
            return view;
        });
        assertThat(reopened.shown()).isNotNull();
        assertThat(reopened.shown().tiles()).extracting(DashboardTile::item)
            .containsExactly(tile(dash, "Price chart").item(), placed);
        assertThat(reopened.shown().tiles()).allMatch(DashboardTile::waitingShown);
    }

    private void pick(FxRobot robot, ListView<WidgetChoice> choices, String kind, String title) {
        int index = 0;
        while (!choices.getItems().get(index).widgetKind().equals(kind)) {
            index++;
        }
        int i = index;
        robot.interact(() -> choices.scrollTo(i));
        Node cell = robot.lookup("#widget-choices .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
            && c.getIndex() == i).query();
        robot.clickOn(cell);
        robot.doubleClickOn("#widget-title").eraseText(40).write(title);
        robot.clickOn("#add-to-dashboard");
    }

    @Test
    void dashboardsAreCreatedRenamedAndDeletedWithClicks(FxRobot robot) {
        robot.clickOn("#new-dashboard-name").write("One");
        robot.clickOn("#new-dashboard");
        robot.clickOn("#new-dashboard-name").write("Two");
        robot.clickOn("#new-dashboard");
        assertThat(repo.list()).extracting(Dashboard::name).containsExactly("One", "Two");

        robot.doubleClickOn("#dashboard-name").eraseText(10).write("Second");
        robot.clickOn("#rename-dashboard");
        assertThat(repo.list()).extracting(Dashboard::name).containsExactly("One", "Second");
        ListView<Dashboard> list = robot.lookup("#dashboards-list").queryListView();
        assertThat(list.getItems()).extracting(Dashboard::name).containsExactly("One", "Second");

        // the first click only asks
        robot.clickOn("#delete-dashboard");
        assertThat(repo.list()).hasSize(2);
        robot.clickOn("#delete-dashboard");
        assertThat(repo.list()).extracting(Dashboard::name).containsExactly("One");
        assertThat(list.getSelectionModel().getSelectedItem().name()).isEqualTo("One");
    }

    @Test
    void tilesWaitForTheirCanvasThenShowLiveValuesOfARealtimeRun(FxRobot robot) throws Exception {
        onFx(() -> {
            DashboardsViewModel vm = new DashboardsViewModel(repo);
            vm.create("Live prices");
            DashboardViewModel m = vm.current().orElseThrow();
            m.add(new DashboardItem(canvasId, chartPath(), "chart", "Price", 0, 0, 8, 5));
            m.add(new DashboardItem(canvasId, path("table"), "table", "Last prices", 0, 0, 4, 5));
            m.add(new DashboardItem(canvasId, path("label"), "label", "Latest", 0, 0, 4, 2));
            m.add(new DashboardItem(canvasId, path("gauge"), "gauge", "Dial", 0, 0, 4, 3));
            view.dispose();
            view = newView();
            stage.setScene(new Scene(view, 1400, 820));
            return null;
        });
        catalog.choices(); // the options (table maxRows 8) as the window would have read them
        onFx(() -> {
            view.setActive(false);
            view.setActive(true);
            return null;
        });
        DashboardView dash = view.shown();
        assertThat(dash.tiles()).hasSize(4).allMatch(DashboardTile::waitingShown);

        InProcessRealtimeSource prices = new InProcessRealtimeSource();
        UiUpdateHub hub = new UiUpdateHub(10_000, 1_000);
        LiveFrameDriver frames = onFx(() -> new LiveFrameDriver(hub));
        try (EmbeddedEngine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(stored()).source(prices).ui(hub).build());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prices.subscribers("prices") == 1);
            onFx(() -> {
                source.started(canvasId, hub, run::uiEvent);
                frames.start();
                return null;
            });
            assertThat(dash.tiles()).noneMatch(DashboardTile::waitingShown);
            long t0 = System.currentTimeMillis();
            double price = 100;
            // a second of live prices, a few at a time, so the chart shows their course
            for (int i = 0; i < 120; i++) {
                price = 100 + 30 * Math.sin(i / 12.0) + 4 * Math.sin(i * 1.7);
                prices.publish("prices", t0 + i, Map.of("price", price));
                if (i % 4 == 3) {
                    Thread.sleep(30);
                }
            }
            String expected = java.math.BigDecimal.valueOf(price).stripTrailingZeros().toPlainString();
            Label latest = (Label) tile(dash, "Latest").lookup(".widget-label-value");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(latest.getText()));
            TableView<?> table = (TableView<?>) tile(dash, "Last prices").lookup(".widget-table");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 8);
            snapshot(robot);
            run.stop();
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            onFx(() -> {
                frames.stop();
                source.stopped(canvasId);
                return null;
            });
        }
        assertThat(dash.tiles()).allMatch(DashboardTile::waitingShown);
    }

    @Test
    void presentShowsTheChosenDashboardWithoutEditControls(FxRobot robot) throws Exception {
        robot.clickOn("#new-dashboard-name").write("Wall");
        robot.clickOn("#new-dashboard");
        onFx(() -> {
            view.shown().tiles();
            return null;
        });
        robot.clickOn("#present-dashboard");
        assertThat(presented).hasSize(1);
        assertThat(presented.get(0).dashboard().name()).isEqualTo("Wall");
        // what the app's presenter shows (full screen apart: Monocle's headless screen has none)
        Stage shown = onFx(() -> {
            Stage s = new Stage();
            DashboardView.presentIn(s, presented.get(0), source, catalog);
            s.show();
            return s;
        });
        assertThat(((DashboardView) shown.getScene().getRoot()).tiles()).noneMatch(t -> t.removeButton().isVisible());
        onFx(() -> {
            shown.close();
            return null;
        });
    }

    private dev.rivulet.document.CanvasDocument stored() {
        return canvases.read(canvasId).document();
    }

    private String path(String type) {
        return stored().modules.stream().filter(m -> m.type.equals(type)).findFirst().map(m -> String.valueOf(m.hash))
            .orElseThrow();
    }

    private String chartPath() {
        return path("chart");
    }

    private static DashboardTile tile(DashboardView dash, String title) {
        return dash.tiles().stream().filter(t -> t.item().title().equals(title)).findFirst().orElseThrow();
    }

    private void snapshot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(png, "png", SCREENSHOT.toFile());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
