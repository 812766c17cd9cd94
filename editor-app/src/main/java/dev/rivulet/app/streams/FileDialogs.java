package dev.rivulet.app.streams;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a history file to import or export. {@link #chooser()} uses the platform's file chooser; tests and
 * scripted hosts pass their own.
 *
 * <p>Usage: {@code new StreamsView(model, FileDialogs.chooser())}
 */
public interface FileDialogs {
    Optional<Path> openHistory(Window owner);

    Optional<Path> saveHistory(Window owner, String suggestedName);

    /** The JavaFX {@link FileChooser}, offering CSV and JSON lines. */
    static FileDialogs chooser() {
        return new FileDialogs() {
            @Override
            public Optional<Path> openHistory(Window owner) {
                return Optional.ofNullable(configure("Import history", "").showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> saveHistory(Window owner, String suggestedName) {
                return Optional.ofNullable(configure("Export history", suggestedName).showSaveDialog(owner))
                    .map(File::toPath);
            }

            private FileChooser configure(String title, String name) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                    new FileChooser.ExtensionFilter("JSON lines", "*.jsonl", "*.ndjson"));
                c.setInitialFileName(name);
                return c;
            }
        };
    }
}
