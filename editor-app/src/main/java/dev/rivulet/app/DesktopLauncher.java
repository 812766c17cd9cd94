package dev.rivulet.app;

import dev.rivulet.runtime.store.DataDirectory;
import javafx.application.Application;

/**
 * Starts the JavaFX toolkit and the editor window. The only class outside the UI that names
 * JavaFX; the launcher reaches it only when no subcommand is given.
 */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Blocks until the last window closes; returns the process exit code. */
    static int launch(DataDirectory dataDirectory) {
        Application.launch(RivuletApp.class, RivuletApp.DATA_DIR_PARAMETER + dataDirectory.root());
        return 0;
    }
}
