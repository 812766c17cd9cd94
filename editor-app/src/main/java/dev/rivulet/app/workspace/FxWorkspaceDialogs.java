package dev.rivulet.app.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Dialogs as JavaFX windows: native file choosers and non-blocking alerts (shown, not waited for, so nothing holds
 * the FX thread in a nested loop).
 *
 * <p>Usage: {@code new FxWorkspaceDialogs(() -> stage)}.
 */
public final class FxWorkspaceDialogs implements WorkspaceDialogs {
    private final Supplier<Window> owner;

    public FxWorkspaceDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser chooser = chooser(title);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message, "error-dialog");
    }

    @Override
    public void info(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message, "info-dialog");
    }

    @Override
    public boolean confirmDiscard(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.CANCEL,
            new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    @Override
    public boolean confirmTrust(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.CANCEL,
            new ButtonType("Trust and run", ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("trust-dialog");
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private void show(Alert.AlertType type, String title, String message, String id) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setId(id + "-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(id);
        alert.show();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Canvas JSON", "*.json"),
            new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
