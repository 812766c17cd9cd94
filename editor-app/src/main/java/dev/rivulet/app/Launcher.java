package dev.rivulet.app;

import dev.rivulet.app.cli.RivuletCommand;

/**
 * Entry point of {@code rivulet.jar}. A plain class, not an {@code Application}, so that it starts
 * from the classpath and so that headless commands never load JavaFX: only the no-subcommand path
 * reaches {@link DesktopLauncher}, and only through a lambda body that runs on that path.
 *
 * <pre>{@code
 * java -jar rivulet.jar modules --json
 * }</pre>
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code instead of exiting, for tests and embedding. */
    public static int run(String... args) {
        return RivuletCommand.commandLine(dataDirectory -> DesktopLauncher.launch(dataDirectory)).execute(args);
    }
}
