package dev.rivulet.app.start;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file questions the start page asks: which file to import, where to export. The app uses native file choosers;
 * tests answer with fixed paths (native dialogs do not exist under Monocle).
 *
 * <p>Usage: {@code new StartPageView(vm, history, FileDialogs.native())}
 */
public interface FileDialogs {

    Optional<Path> chooseImport(Window owner);

    Optional<Path> chooseExport(Window owner, String suggestedName);

    /** JavaFX file choosers for canvas JSON files. */
    static FileDialogs nativeChoosers() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseImport(Window owner) {
                FileChooser chooser = chooser("Import canvas");
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseExport(Window owner, String suggestedName) {
                FileChooser chooser = chooser("Export canvas");
                chooser.setInitialFileName(suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_") + ".json");
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter("Canvas JSON (Rivulet or Streamr)", "*.json"));
                return chooser;
            }
        };
    }
}
