package dev.rivulet.app;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: the composition root of the editor. Started by {@link DesktopLauncher}
 * with the data directory as a named parameter.
 */
public final class RivuletApp extends Application {

    static final String DATA_DIR_PARAMETER = "--data-dir=";

    private static final Logger LOG = LoggerFactory.getLogger(RivuletApp.class);

    private DataDirectory dataDirectory;
    private String storeStatus;

    /** Runs on the launcher thread, so opening and migrating the stores never blocks the FX thread. */
    @Override
    public void init() {
        Optional<Path> override = Optional.ofNullable(getParameters().getNamed().get("data-dir")).map(Path::of);
        dataDirectory = DataDirectory.open(override);
        try {
            Databases.open(dataDirectory);
            storeStatus = "Stores ready";
        } catch (RuntimeException e) {
            LOG.error("Cannot open the stores in {}", dataDirectory.root(), e);
            storeStatus = "Stores unavailable: " + e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(dataDirectory.root(), storeStatus, Platform::exit);
        window.workspace().viewModel().newCanvas();
        window.showIn(stage);
    }
}
