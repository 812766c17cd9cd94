package dev.rivulet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The composition root: the app starts on its own data directory with the workspace, start page and wallet. */
class RivuletAppTest extends FxRobot {
    @TempDir
    Path dataDir;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> Stage.getWindows().stream().toList().forEach(Window::hide))
            .get(10, TimeUnit.SECONDS);
    }

    private static boolean showing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
            && title.equals(s.getTitle()));
    }

    @Test
    void startsWithTheWorkspaceAndStartPageAndOpensTheWalletFromTheWindowMenu() throws Exception {
        FxToolkit.registerPrimaryStage();
        RivuletApp app = (RivuletApp) FxToolkit.setupApplication(RivuletApp.class, "--data-dir=" + dataDir);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(dataDir.resolve("workspace.db"))).isTrue();
        assertThat(showing("Rivulet: canvases")).isTrue();

        assertThat(lookup("#status-wallet").queryLabeled().getText()).contains("Wallet closed");
        clickOn("Window").clickOn("Wallet");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("Rivulet: wallet")).isTrue();
        assertThat(Files.isDirectory(dataDir.resolve("wallet"))).isTrue();
        // the status bar shows the lock state from then on
        assertThat(lookup("#status-wallet").queryLabeled().getText()).contains("Wallet locked");

        // "Streams" is also a section of the module browser: click the menu's item
        clickOn("Window");
        clickOn(lookup(".menu-item").match((javafx.scene.Node n) -> n.lookup(".label") instanceof javafx.scene.control.Label l
            && "Streams".equals(l.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("Rivulet: streams")).isTrue();

        clickOn("Window").clickOn("Dashboards");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("Rivulet: dashboards")).isTrue();
        // the shared widget source the editor's run controller registers runs with
        assertThat(app.dashboards()).isNotNull();

        clickOn("Window").clickOn("Canvases");
        assertThat(showing("Rivulet: canvases")).isTrue();
        FxToolkit.cleanupApplication(app);
        Platform.runLater(() -> { });
    }
}
