package dev.rivulet.app.workspace;

import static dev.rivulet.app.workspace.WorkspaceFixture.shortcut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening, importing and saving canvas files from the File menu, including files that are not canvases. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFilesTest {
    private static final Path NATIVE_SAMPLE = Path.of("..", "resources", "samples", "price-alert.json");
    private WorkspaceFixture ws;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ws = new WorkspaceFixture(stage);
    }

    @Test
    void aTruncatedFileShowsAClearErrorAndLeavesOpenCanvasesUntouched(FxRobot robot) throws Exception {
        robot.interact(() -> ws.view().session().addModule("abs", 40, 40));
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"modules\": [{\"hash\": 1, \"type\": \"ab");
        ws.dialogs.answers.add(bad);
        robot.clickOn(ws.screen(600, 400));
        shortcut(robot, KeyCode.O);

        assertThat(ws.dialogs.errors).singleElement().satisfies(e -> assertThat(e)
            .contains("broken.json").contains("your open canvases are unchanged"));
        assertThat(ws.vm.canvases()).hasSize(1);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("abs");
    }

    @Test
    void aFileThatIsNotACanvasIsRefusedWithTheReason(FxRobot robot) throws Exception {
        Path notCanvas = dir.resolve("list.json");
        Files.writeString(notCanvas, "[1, 2, 3]");
        ws.dialogs.answers.add(notCanvas);
        robot.clickOn("#tool-open");
        assertThat(ws.dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("JSON object"));
        assertThat(ws.vm.canvases()).hasSize(1);
    }

    @Test
    void unknownModuleTypesOpenAsErrorStubsThatCanBeDeleted(FxRobot robot) throws Exception {
        CanvasDocument doc = new CanvasDocument();
        ModuleNode stub = new ModuleNode();
        stub.hash = 7;
        stub.type = "quantum-flux";
        stub.name = "Flux";
        doc.modules.add(stub);
        doc.ui.put(7, new ModuleLayout(80, 80));
        Path file = dir.resolve("future.json");
        new NativeCodec().write(doc, file);
        ws.dialogs.answers.add(file);
        robot.clickOn("#tool-open");

        assertThat(ws.vm.canvases()).hasSize(2);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("quantum-flux");
        robot.clickOn(ws.view().localToScreen(ws.view().titlePosition(7)));
        assertThat(robot.lookup("#inspector-help").queryLabeled().getText()).contains("Unknown module type");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(ws.modules()).isEmpty();
        shortcut(robot, KeyCode.Z);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("quantum-flux");
    }

    @Test
    void importsAStreamrCanvasAndSavesItAsNativeWithSaveAs(FxRobot robot) throws Exception {
        ws.dialogs.answers.add(streamrCanvas("LiveSpec-SendToStream.json"));
        robot.clickOn("#tool-open");
        assertThat(ws.vm.canvases()).hasSize(2);
        OpenCanvas imported = ws.vm.current().get();
        assertThat(imported.file().get()).as("Save never overwrites an imported Streamr file").isNull();
        int modules = ws.modules().size();
        assertThat(modules).isEqualTo(6);

        robot.interact(() -> ws.view().session().addModule("abs", 40, 600));
        assertThat(imported.dirty().get()).isTrue();
        Path saved = dir.resolve("alert.json");
        ws.dialogs.answers.add(saved);
        shortcut(robot, KeyCode.S);

        assertThat(imported.dirty().get()).isFalse();
        assertThat(imported.title().get()).isEqualTo("alert");
        assertThat(new NativeCodec().read(saved).modules).hasSize(modules + 1);
        robot.clickOn(ws.screen(560, 30));
        shortcut(robot, KeyCode.Z);
        assertThat(imported.dirty().get()).isTrue();
    }

    @Test
    void savesANativeFileBackWhereItCameFromWithoutAsking(FxRobot robot) throws Exception {
        Path copy = dir.resolve("prices.json");
        Files.copy(NATIVE_SAMPLE, copy);
        ws.dialogs.answers.add(copy);
        robot.clickOn("#tool-open");
        OpenCanvas opened = ws.vm.current().get();
        assertThat(opened.file().get()).isEqualTo(copy);
        int modules = ws.modules().size();
        robot.interact(() -> ws.view().session().addModule("abs", 40, 600));
        robot.clickOn("#tool-save");

        assertThat(ws.dialogs.answers).isEmpty();
        assertThat(opened.dirty().get()).isFalse();
        assertThat(new NativeCodec().read(copy).modules).hasSize(modules + 1);
    }

    @Test
    void closingACanvasWithUnsavedEditsAsksFirstAndKeepsItUnlessTold(FxRobot robot) {
        robot.interact(() -> ws.view().session().addModule("abs", 40, 40));
        robot.clickOn(ws.screen(560, 30));
        shortcut(robot, KeyCode.W);
        assertThat(ws.dialogs.confirmations).singleElement().satisfies(t -> assertThat(t).contains("Untitled 1"));
        assertThat(ws.vm.canvases()).hasSize(1);

        ws.dialogs.discard = true;
        shortcut(robot, KeyCode.W);
        assertThat(ws.vm.canvases()).isEmpty();
        robot.clickOn("#tool-new");
        shortcut(robot, KeyCode.W);
        assertThat(ws.dialogs.confirmations).as("a clean canvas closes without asking").hasSize(2);
        assertThat(ws.vm.canvases()).isEmpty();
    }

    /** A real Streamr canvas from the shared reference corpus ({@code <repo>/../shared/reference}). */
    private static Path streamrCanvas(String name) {
        Path rel = Path.of("shared", "reference", "streamr-canvases", name);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(rel))) {
                return p.resolve(rel);
            }
        }
        throw new IllegalStateException("no " + rel + " above the working directory; put the shared reference folder at "
            + "<repo>/../shared");
    }
}
