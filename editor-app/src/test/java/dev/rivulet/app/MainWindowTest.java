package dev.rivulet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Runs under Monocle's headless platform (surefire flags from the parent pom): no display needed. */
class MainWindowTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        // through TestFX, as the robot tests do: a toolkit started with Platform.startup leaves TestFX's own
        // primary stage unset, and robot tests that run after this class in the same JVM would click nowhere
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterAll
    static void closeWindows() throws Exception {
        onFx(() -> {
            Stage.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast).toList()
                    .forEach(Stage::close);
            return null;
        });
    }

    @Test
    void showsTitledWorkspaceWithMenusPanesAndDataDirectory() throws Exception {
        Path dataDir = Path.of("some", "data", "dir").toAbsolutePath();
        AtomicBoolean quit = new AtomicBoolean();

        Stage stage = onFx(() -> {
            Stage s = new Stage();
            new MainWindow(dataDir, "Stores ready", () -> quit.set(true)).showIn(s);
            return s;
        });

        assertThat(stage.getTitle()).isEqualTo("Rivulet");
        assertThat(stage.isShowing()).isTrue();
        MenuBar menus = (MenuBar) stage.getScene().lookup("#menu-bar");
        assertThat(menus.getMenus()).extracting(Menu::getText)
            .containsExactly("File", "Edit", "View", "Canvas", "Run", "Help");
        assertThat(stage.getScene().lookup("#module-browser")).isNotNull();
        assertThat(stage.getScene().lookup("#canvas-tabs")).isNotNull();
        assertThat(stage.getScene().lookup("#inspector")).isNotNull();
        assertThat(stage.getScene().lookup("#console")).isNotNull();
        assertThat(((Label) stage.getScene().lookup("#status-stores")).getText()).contains(dataDir.toString())
            .contains("Stores ready");

        MenuItem quitItem = menus.getMenus().get(0).getItems().stream()
            .filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow();
        onFx(() -> {
            quitItem.fire();
            return null;
        });
        assertThat(quit).isTrue();
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
