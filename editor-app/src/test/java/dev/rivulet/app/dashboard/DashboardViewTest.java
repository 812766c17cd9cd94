package dev.rivulet.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.widgets.WidgetView;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.dashboard.Dashboard;
import dev.rivulet.runtime.dashboard.DashboardItem;
import dev.rivulet.runtime.dashboard.DashboardRepository;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.live.UiUpdateHub;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dashboard over a real data directory, fed by a real engine run, edited with real drags. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    static Path tmp;

    private DashboardRepository repo;
    private Dashboard dashboard;
    private DashboardViewModel model;
    private DashboardView view;
    private final HubWidgetSource source = new HubWidgetSource();
    private final List<String> events = new ArrayList<>();
    private Scene scene;
    private Stage stage;
    private CanvasDocument canvas;
    private ModuleNode tableModule;
    private ModuleNode chartModule;
    private ModuleNode labelModule;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory(tmp, "data");
        repo = new DashboardRepository(Databases.open(DataDirectory.open(Optional.of(dir))).workspace(),
            Clock.systemUTC());
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double");
        tableModule = b.add("table");
        chartModule = b.add("chart");
        labelModule = b.add("label");
        b.connect(s, "price", tableModule, "in1").connect(s, "price", chartModule, "in1")
            .connect(s, "price", labelModule, "label");
        canvas = b.build();
        dashboard = repo.create("Prices");
        model = new DashboardViewModel(repo, dashboard);
        model.add(new DashboardItem("c-1", String.valueOf(chartModule.hash), "chart", "Price chart", 0, 0, 8, 4));
        model.add(new DashboardItem("c-1", String.valueOf(tableModule.hash), "table", "Last prices", 0, 0, 4, 4));
        model.add(new DashboardItem("c-1", String.valueOf(labelModule.hash), "label", "Price", 0, 0, 4, 2));
        model.add(new DashboardItem("c-1", "99", "button", "Alert", 0, 0, 2, 1));
        view = new DashboardView(model, source);
        scene = new Scene(view, 1200, 700);
        stage.setScene(scene);
        stage.show();
    }

    private UiUpdateHub replay() throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,price\n");
        for (int i = 1; i <= 120; i++) {
            csv.append(1_700_000_000_000L + i * 60_000L).append(',').append(50 + 10 * Math.sin(i / 8.0)).append('\n');
        }
        Path file = Files.createTempFile(tmp, "prices", ".csv");
        Files.writeString(file, csv);
        UiUpdateHub hub = new UiUpdateHub(10_000, 1_000);
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(canvas).replay("prices", file).ui(hub).build());
            assertThat(run.await(Duration.ofSeconds(20))).isTrue();
        }
        return hub;
    }

    private DashboardTile tile(String title) {
        return view.tiles().stream().filter(t -> t.item().title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void widgetsWaitForTheirCanvasThenShowItsData() throws Exception {
        assertThat(view.tiles()).allMatch(DashboardTile::waitingShown);
        UiUpdateHub hub = replay();
        onFx(() -> {
            source.started("c-1", hub, (path, event) -> events.add(path + " " + event));
            hub.deliverPending();
            return null;
        });
        DashboardTile table = tile("Last prices");
        assertThat(table.waitingShown()).isFalse();
        TableView<?> tv = (TableView<?>) table.view().map(WidgetView::node).orElseThrow();
        assertThat(tv.getItems()).hasSize(20);

        onFx(() -> {
            source.stopped("c-1");
            return null;
        });
        assertThat(table.waitingShown()).isTrue();
    }

    @Test
    void draggingATitleBarMovesTheWidgetOnTheGridAndSavesIt(FxRobot robot) {
        DashboardTile table = tile("Last prices");
        DashboardItem before = table.item();
        double col = view.columnWidth();
        Bounds bar = table.bar().localToScreen(table.bar().getBoundsInLocal());
        Point2D from = new Point2D(bar.getMinX() + 30, bar.getCenterY());
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(-col, 10))
            .moveTo(from.add(-2 * col, DashboardView.ROW_HEIGHT + 8)).release(MouseButton.PRIMARY);
        DashboardItem after = repo.find(dashboard.id()).orElseThrow().items().stream()
            .filter(i -> i.title().equals("Last prices")).findFirst().orElseThrow();
        assertThat(before.column()).isEqualTo(8);
        assertThat(after.column()).isEqualTo(6);
        assertThat(after.row()).isEqualTo(before.row() + 1);
        assertThat(tile("Last prices")).isSameAs(table);
    }

    @Test
    void draggingTheCornerResizesTheWidgetAndAReopenedDashboardKeepsIt(FxRobot robot) throws Exception {
        DashboardTile label = tile("Price");
        Bounds h = label.resizeHandle().localToScreen(label.resizeHandle().getBoundsInLocal());
        Point2D from = new Point2D(h.getCenterX(), h.getCenterY());
        double col = view.columnWidth();
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(col, 20)).moveTo(from.add(2 * col, DashboardView.ROW_HEIGHT + 8))
            .release(MouseButton.PRIMARY);
        Dashboard saved = repo.find(dashboard.id()).orElseThrow();
        DashboardItem item = saved.items().stream().filter(i -> i.title().equals("Price")).findFirst().orElseThrow();
        assertThat(item.width()).isEqualTo(6);
        assertThat(item.height()).isEqualTo(3);

        DashboardView reopened = onFx(() -> {
            DashboardView v = new DashboardView(new DashboardViewModel(repo, saved), source);
            stage.setScene(new Scene(v, 1200, 700));
            return v;
        });
        DashboardTile again = reopened.tiles().stream().filter(t -> t.item().title().equals("Price")).findFirst()
            .orElseThrow();
        assertThat(again.getWidth()).isCloseTo(6 * reopened.columnWidth() - DashboardView.GAP,
            org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void theCloseButtonRemovesAWidgetFromTheSavedDashboard(FxRobot robot) {
        robot.clickOn(tile("Price").removeButton());
        assertThat(repo.find(dashboard.id()).orElseThrow().items()).extracting(DashboardItem::title)
            .containsExactly("Price chart", "Last prices", "Alert");
    }

    @Test
    void aButtonOnTheDashboardSendsItsEventToTheRunningCanvas(FxRobot robot) throws Exception {
        UiUpdateHub hub = new UiUpdateHub(100, 10);
        onFx(() -> {
            source.started("c-1", hub, (path, event) -> events.add(path + " " + event));
            return null;
        });
        Button button = (Button) robot.lookup(".widget-button").query();
        robot.clickOn(button);
        assertThat(events).containsExactly("99 {}");
    }

    @Test
    void presentationModeShowsTheDashboardWithoutEditControlsAndEscapeCloses(FxRobot robot) throws Exception {
        // full screen itself is left out: Monocle's headless screen has no full-screen overlay
        Stage shown = onFx(() -> {
            Stage s = new Stage();
            DashboardView.presentIn(s, model, source, WidgetOptions.NONE);
            s.show();
            return s;
        });
        DashboardView presented = (DashboardView) shown.getScene().getRoot();
        assertThat(presented.tiles()).hasSize(4).noneMatch(t -> t.removeButton().isVisible());
        robot.targetWindow(shown).clickOn(presented).type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(shown.isShowing()).isFalse();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
