package dev.rivulet.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.app.widgets.WidgetDefaults;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.WorkspaceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Window > Preferences: the map tile server and the autosave interval typed into the real dialog, checked as typed,
 * stored in workspace.db (SQLite) and applied to the widgets made afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {
    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private WorkspaceSettings settings;
    private WidgetDefaults widgets;
    private Preferences preferences;
    private Stage owner;
    private Dialog<ButtonType> dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void open() {
        settings = new WorkspaceSettings(Databases.open(DataDirectory.open(Optional.of(dir))).workspace());
        widgets = new WidgetDefaults();
        preferences = new Preferences(settings, widgets);
        preferences.load();
        dialog = onFx(() -> {
            Dialog<ButtonType> d = PreferencesDialog.create(owner, preferences, background);
            d.show();
            return d;
        });
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void aBadTileServerIsExplainedAndCannotBeSavedAndAGoodOneReachesTheStoreAndTheWidgets(FxRobot robot)
        throws Exception {
        Node ok = robot.lookup("#prefs-ok").query();
        click(robot, robot.lookup("#prefs-tile-server").query());
        robot.write("ftp://tiles.local/{z}/{x}.png");
        assertThat(robot.lookup("#prefs-problem").queryLabeled().getText()).contains("{y}");
        assertThat(ok.isDisabled()).isTrue();

        replace(robot, "#prefs-tile-server", "ftp://tiles.local/{z}/{x}/{y}.png");
        assertThat(robot.lookup("#prefs-problem").queryLabeled().getText()).contains("http");
        assertThat(ok.isDisabled()).isTrue();

        replace(robot, "#prefs-tile-server", "http://127.0.0.1:8080/{z}/{x}/{y}.png");
        replace(robot, "#prefs-autosave", "5");
        assertThat(robot.lookup("#prefs-problem").queryLabeled().getText()).contains("10 seconds");
        replace(robot, "#prefs-autosave", "300");
        assertThat(robot.lookup("#prefs-problem").queryLabeled().getText()).isEmpty();
        assertThat(ok.isDisabled()).isFalse();
        click(robot, ok);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> settings.get(WorkspaceSettings.MAP_TILE_SERVER).isPresent());
        assertThat(settings.get(WorkspaceSettings.MAP_TILE_SERVER)).contains("http://127.0.0.1:8080/{z}/{x}/{y}.png");
        assertThat(settings.autosaveInterval()).isEqualTo(Duration.ofSeconds(300));
        // a module's own tile server wins over the app's
        assertThat(widgets.under(Map.of("zoom", 3))).containsEntry(WidgetDefaults.TILE_SERVER,
            "http://127.0.0.1:8080/{z}/{x}/{y}.png");
        assertThat(widgets.under(Map.of(WidgetDefaults.TILE_SERVER, "https://own.example/{z}/{x}/{y}.png")))
            .containsEntry(WidgetDefaults.TILE_SERVER, "https://own.example/{z}/{x}/{y}.png");

        // a restart loads it again
        WidgetDefaults reloaded = new WidgetDefaults();
        new Preferences(settings, reloaded).load();
        assertThat(reloaded.tileServerUrl()).isEqualTo("http://127.0.0.1:8080/{z}/{x}/{y}.png");
    }

    @Test
    void cancelKeepsWhatWasStoredAndEmptyMeansTheBundledMap(FxRobot robot) throws Exception {
        replace(robot, "#prefs-tile-server", "https://tiles.example.org/{z}/{x}/{y}.png");
        click(robot, dialog.getDialogPane().lookupButton(ButtonType.CANCEL));
        background.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(settings.get(WorkspaceSettings.MAP_TILE_SERVER)).isEmpty();
        assertThat(widgets.under(Map.of())).doesNotContainKey(WidgetDefaults.TILE_SERVER);
        assertThatThrownBy(() -> preferences.save(new Preferences.Values("not a url {z}{x}{y}", 120)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.get(WorkspaceSettings.MAP_TILE_SERVER)).isEmpty();
    }

    private void replace(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        onFx(() -> {
            field.clear();
            return null;
        });
        click(robot, field);
        robot.write(text);
    }

    /**
     * Clicks the middle of a node, its screen position read on the FX thread: TestFX's clickOn(node) computes bounds on
     * the test thread, racing the pulse's own bounds update (seen once as an IndexOutOfBoundsException in a pulse).
     */
    private static void click(FxRobot robot, Node node) {
        // the dialog's window settles (shown, centred on its owner) in later pulses
        WaitForAsyncUtils.waitForFxEvents();
        Point2D centre = onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.targetWindow(node.getScene().getWindow()).clickOn(centre);
    }

    private static <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
