package dev.rivulet.app.settings;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The Preferences dialog: {@link PreferencesPane} with OK (enabled only while the fields are valid) and Cancel. OK
 * stores the values on the background executor; a failure to store is shown, and nothing typed is applied then.
 *
 * <p>Usage: {@code PreferencesDialog.create(owner, prefs, background).show();}
 */
public final class PreferencesDialog {
    private PreferencesDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, Preferences preferences, Executor background) {
        PreferencesPane pane = new PreferencesPane(preferences.current());
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Preferences");
        dialog.getDialogPane().setContent(pane);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(pane.valid().not());
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("prefs-ok");
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != ButtonType.OK) {
                return;
            }
            Preferences.Values values = pane.values();
            background.execute(() -> {
                try {
                    preferences.save(values);
                } catch (RuntimeException failure) {
                    Platform.runLater(() -> {
                        Alert alert = new Alert(Alert.AlertType.ERROR, "The preferences were not saved: "
                            + failure.getMessage());
                        alert.setHeaderText(null);
                        alert.show();
                    });
                }
            });
        });
        return dialog;
    }
}
