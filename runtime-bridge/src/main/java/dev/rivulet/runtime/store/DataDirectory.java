package dev.rivulet.runtime.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-user data directory that holds Rivulet's SQLite files (one per concern) and, later, the
 * encrypted key files. Every command accepts {@code --data-dir} to override the default location,
 * which is what tests use.
 *
 * <pre>{@code
 * DataDirectory dir = DataDirectory.open(Optional.ofNullable(override));
 * Path workspace = dir.workspaceDb();
 * }</pre>
 *
 * @param root absolute, normalised path of the directory
 */
public record DataDirectory(Path root) {

    /** File name of the workspace database (canvases, edit journal, versions, dashboards, settings). */
    public static final String WORKSPACE_DB = "workspace.db";
    /** File name of the stream registry and history database. */
    public static final String STREAMS_DB = "streams.db";

    public DataDirectory {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Resolves the data directory (the override if present, else the platform default for the
     * current user) and creates it if it does not exist yet.
     */
    public static DataDirectory open(Optional<Path> override) {
        Path root = override.orElseGet(() -> defaultLocation(
                System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home"))));
        DataDirectory dir = new DataDirectory(root);
        try {
            Files.createDirectories(dir.root());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir.root(), e);
        }
        return dir;
    }

    /**
     * The platform default, without touching the file system. Taking the OS name, environment and
     * home directory as arguments keeps every branch testable on any machine.
     */
    static Path defaultLocation(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isAbsolute(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Rivulet");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Rivulet");
        }
        // The XDG base-directory spec says relative values must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = isAbsolute(xdg) ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("rivulet");
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }

    /** Path of {@value #WORKSPACE_DB}; the file may not exist until {@link Databases} opens it. */
    public Path workspaceDb() {
        return root.resolve(WORKSPACE_DB);
    }

    /** Path of {@value #STREAMS_DB}; the file may not exist until {@link Databases} opens it. */
    public Path streamsDb() {
        return root.resolve(STREAMS_DB);
    }
}
