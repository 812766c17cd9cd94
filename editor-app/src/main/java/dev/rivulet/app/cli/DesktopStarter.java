package dev.rivulet.app.cli;

import dev.rivulet.runtime.store.DataDirectory;

/**
 * Starts the desktop editor when {@code rivulet} is given no subcommand. It is an interface so that
 * this package never references JavaFX: headless commands must not load a single JavaFX class.
 *
 * <pre>{@code
 * RivuletCommand.commandLine(dir -> DesktopLauncher.launch(dir)).execute(args);
 * }</pre>
 */
@FunctionalInterface
public interface DesktopStarter {

    /** Shows the editor on {@code dataDirectory}, blocks until it closes, and returns the exit code. */
    int start(DataDirectory dataDirectory);
}
