package dev.rivulet.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSort;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.VersionHistory;
import dev.rivulet.runtime.workspace.VersionInfo;
import dev.rivulet.runtime.workspace.VersionKind;
import dev.rivulet.runtime.workspace.WorkspaceFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the start page and its history panel with real clicks and typing (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class StartPageViewTest {
    private static final Path SCREENSHOT = Path.of("..", "docs", "screenshots", "start-page.png");

    @TempDir
    Path dir;

    private CanvasRepository canvases;
    private Scene scene;
    private CanvasSummary alerts;
    private final List<String> events = new ArrayList<>();
    private Path importPath;

    @Start
    void start(Stage stage) throws Exception {
        canvases = new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir.resolve("data"))))
            .workspace(), Clock.systemUTC());
        seed();
        WorkspaceFiles files = new WorkspaceFiles(canvases, new CanvasFiles(StartPageViewModelTest.REGISTRY));
        StartPageViewModel vm = new StartPageViewModel(canvases, files, Runnable::run, Runnable::run,
            id -> events.add("open " + canvases.open(id).summary().name()));
        HistoryViewModel history = new HistoryViewModel(new VersionHistory(canvases), Runnable::run, Runnable::run,
            new HistoryViewModel.Listener() {
                @Override
                public void openReadOnly(String canvasId, VersionInfo version, CanvasDocument document) {
                    events.add("read-only v" + version.version() + " (" + document.modules.size() + " modules)");
                }

                @Override
                public void restored(String canvasId, VersionInfo restored) {
                    events.add("restored v" + restored.version());
                }
            });
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseImport(javafx.stage.Window owner) {
                return Optional.ofNullable(importPath);
            }

            @Override
            public Optional<Path> chooseExport(javafx.stage.Window owner, String suggestedName) {
                return Optional.of(dir.resolve(suggestedName + ".json"));
            }
        };
        scene = new Scene(new StartPageView(vm, history, dialogs).root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    private void seed() throws Exception {
        canvases.create("Sensor dashboard", new CanvasDocument(), VersionKind.CREATE);
        Thread.sleep(3);
        CanvasSummary weather = canvases.create("Weather station", new CanvasDocument(), VersionKind.CREATE);
        canvases.open(weather.id());
        Thread.sleep(3);
        CanvasDocument doc = new CanvasDocument();
        alerts = canvases.create("Price alerts", doc, VersionKind.CREATE);
        module(doc, "constant", 1, 0);
        module(doc, "moving-average", 2, 200);
        doc.connections.add(new ConnectionNode(1, "out", 2, "in"));
        canvases.save(alerts.id(), doc, VersionKind.SAVE);
        doc.module(2).orElseThrow().param("windowLength").orElseThrow().value = 20;
        module(doc, "add", 3, 400);
        module(doc, "table", 4, 600);
        canvases.save(alerts.id(), doc, VersionKind.AUTOSAVE);
        canvases.open(alerts.id());
    }

    private static void module(CanvasDocument doc, String type, int hash, double x) {
        ModuleNode node = StartPageViewModelTest.REGISTRY.newNode(type, hash);
        doc.modules.add(node);
        doc.ui.put(hash, new ModuleLayout(x, 0));
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(FxRobot robot) {
        TableView<CanvasSummary> table = robot.lookup("#canvas-table").queryAs(TableView.class);
        return table.getItems().stream().map(CanvasSummary::name).toList();
    }

    @Test
    void searchesAndSortsByClicking(FxRobot robot) {
        assertThat(rows(robot)).containsExactly("Price alerts", "Weather station", "Sensor dashboard");

        robot.clickOn("#sort-name");
        assertThat(rows(robot)).containsExactly("Price alerts", "Sensor dashboard", "Weather station");
        robot.clickOn("#canvas-search").write("s");
        robot.write("ta");
        assertThat(rows(robot)).containsExactly("Weather station");
    }

    @Test
    void createsANewCanvasAndOpensRecentOnes(FxRobot robot) {
        robot.clickOn("#new-canvas");
        robot.clickOn("#recent-2");

        assertThat(events).containsExactly("open Untitled canvas", "open Weather station");
        assertThat(robot.lookup("#recent-0").queryAs(javafx.scene.control.Hyperlink.class).getText())
            .isEqualTo("Weather station");
        assertThat(rows(robot)).contains("Untitled canvas");
    }

    @Test
    void renamesAndDuplicatesTheSelectedCanvas(FxRobot robot) {
        clickRow(robot, "Weather station");
        robot.clickOn("#rename-canvas");
        robot.clickOn("#rename-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Weather v2").clickOn("#rename-ok");
        robot.clickOn("#duplicate-canvas");

        assertThat(canvases.list("weather", CanvasSort.NAME)).extracting(CanvasSummary::name)
            .containsExactly("Weather v2", "Weather v2 (copy)");
        assertThat(robot.lookup("#start-message").queryAs(Label.class).getText())
            .isEqualTo("Duplicated as \"Weather v2 (copy)\".");
    }

    @Test
    void deletesOnlyAfterConfirmation(FxRobot robot) {
        clickRow(robot, "Sensor dashboard");
        robot.clickOn("#delete-canvas");
        robot.clickOn("#cancel-inline");
        assertThat(canvases.list("Sensor", CanvasSort.NAME)).hasSize(1);

        robot.clickOn("#delete-canvas");
        robot.clickOn("#confirm-delete");

        assertThat(canvases.list("Sensor", CanvasSort.NAME)).isEmpty();
        assertThat(rows(robot)).containsExactly("Price alerts", "Weather station");
    }

    @Test
    void importsAFileAndReportsAMalformedOne(FxRobot robot) throws Exception {
        importPath = dir.resolve("truncated.json");
        Files.writeString(importPath, "{\"schemaVersion\": 1, \"modules\": [{");
        robot.clickOn("#import-canvas");
        assertThat(robot.lookup("#start-message").queryAs(Label.class).getText()).startsWith("Nothing imported.");
        assertThat(rows(robot)).hasSize(3);

        importPath = Path.of("..", "resources", "samples", "price-alert.json");
        robot.clickOn("#import-canvas");
        assertThat(rows(robot)).hasSize(4).contains("Price alert");
    }

    @Test
    void exportsTheSelectedCanvasAsANativeFile(FxRobot robot) throws Exception {
        clickRow(robot, "Price alerts");
        robot.clickOn("#export-canvas");

        Path exported = dir.resolve("Price alerts.json");
        assertThat(new CanvasFiles(StartPageViewModelTest.REGISTRY).load(exported).modules).hasSize(4);
        assertThat(robot.lookup("#start-message").queryAs(Label.class).getText())
            .isEqualTo("Exported \"Price alerts\" to Price alerts.json.");
    }

    @Test
    void historyPanelListsVersionsOpensOneReadOnlyAndRestoresIt(FxRobot robot) {
        clickRow(robot, "Price alerts");
        assertThat(robot.lookup("#history-title").queryAs(Label.class).getText()).isEqualTo("History of Price alerts");
        robot.clickOn(versionLabel(robot, 2));
        robot.clickOn("#open-version");
        robot.clickOn("#restore-version");

        assertThat(events).containsExactly("read-only v2 (2 modules)", "restored v4");
        assertThat(new VersionHistory(canvases).versions(alerts.id())).first().extracting(VersionInfo::summary)
            .isEqualTo("restored version 2: removed 2 modules (Add, Table), "
                + "changed param windowLength of MovingAverage");
        assertThat(canvases.open(alerts.id()).document().modules).hasSize(2);
    }

    /** Clicks the name cell of a canvas in the table (the recent list has links with the same text). */
    private static void clickRow(FxRobot robot, String name) {
        robot.clickOn(robot.lookup((javafx.scene.control.TableCell<?, ?> c) -> name.equals(c.getText()))
            .queryAs(javafx.scene.control.TableCell.class));
    }

    private static Label versionLabel(FxRobot robot, int version) {
        return robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Version " + version + " "))
            .queryAs(Label.class);
    }

    @Test
    void writesAScreenshotOfTheStartPage(FxRobot robot) throws Exception {
        clickRow(robot, "Price alerts");
        robot.clickOn(versionLabel(robot, 3));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(png, "png", SCREENSHOT.toFile());

        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
    }
}
