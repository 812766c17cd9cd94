package dev.rivulet.app.settings;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The fields of the Preferences dialog, checked as the user types: the map tile server ({z}/{x}/{y} URL template,
 * empty for the bundled offline world map) and the autosave interval in seconds. The problem, if any, is shown under
 * the fields, and {@link #valid()} is false until it is fixed.
 *
 * <p>Usage: {@code PreferencesPane pane = new PreferencesPane(prefs.current()); ... pane.values()}
 */
public final class PreferencesPane extends GridPane {
    private final TextField tileServer = new TextField();
    private final TextField autosave = new TextField();
    private final Label problem = new Label();
    private final BooleanBinding valid;

    public PreferencesPane(Preferences.Values initial) {
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(14));
        tileServer.setId("prefs-tile-server");
        tileServer.setPromptText("https://tile.example.org/{z}/{x}/{y}.png");
        tileServer.setPrefColumnCount(36);
        tileServer.setText(initial.tileServerUrl());
        autosave.setId("prefs-autosave");
        autosave.setPrefColumnCount(6);
        autosave.setText(Long.toString(initial.autosaveSeconds()));
        Label tilesHelp = new Label("Map widgets draw tiles from this server where their module sets none. Empty:"
            + " the bundled world map, offline.");
        tilesHelp.setWrapText(true);
        tilesHelp.setStyle("-fx-text-fill: #6b7785;");
        Label autosaveHelp = new Label("seconds (from the next start)");
        autosaveHelp.setStyle("-fx-text-fill: #6b7785;");
        problem.setId("prefs-problem");
        problem.setStyle("-fx-text-fill: #c62828;");
        problem.setWrapText(true);
        add(new Label("Map tile server"), 0, 0);
        add(tileServer, 1, 0, 2, 1);
        add(tilesHelp, 1, 1, 2, 1);
        add(new Label("Autosave every"), 0, 2);
        add(autosave, 1, 2);
        add(autosaveHelp, 2, 2);
        add(problem, 0, 3, 3, 1);
        GridPane.setHgrow(tileServer, Priority.ALWAYS);
        StringBinding message = Bindings.createStringBinding(() -> problemOf().orElse(""), tileServer.textProperty(),
            autosave.textProperty());
        problem.textProperty().bind(message);
        valid = Bindings.createBooleanBinding(() -> problemOf().isEmpty(), tileServer.textProperty(),
            autosave.textProperty());
    }

    private Optional<String> problemOf() {
        long seconds;
        try {
            seconds = Long.parseLong(autosave.getText().strip());
        } catch (NumberFormatException e) {
            return Optional.of("autosave interval: a whole number of seconds");
        }
        return Preferences.problem(new Preferences.Values(tileServer.getText(), seconds));
    }

    /** True while the fields can be saved. */
    public BooleanBinding valid() {
        return valid;
    }

    /** The values typed; only when {@link #valid()}. */
    public Preferences.Values values() {
        return new Preferences.Values(tileServer.getText().strip(), Long.parseLong(autosave.getText().strip()));
    }
}
