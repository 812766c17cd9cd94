package dev.rivulet.runtime.store;

import java.nio.file.Path;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the SQLite files of a {@link DataDirectory} and brings their schemas up to date with
 * Flyway. Each file has its own migration folder on the classpath (and so its own history table):
 * {@code db/workspace} for {@code workspace.db}, {@code db/streams} for {@code streams.db}. They
 * are separate files so that heavy stream writes never delay the edit journal.
 *
 * <pre>{@code
 * Databases dbs = Databases.open(DataDirectory.open(Optional.empty()));
 * try (Connection c = dbs.workspace().connect()) { ... }
 * }</pre>
 *
 * <p>Opening is idempotent: migrations already applied are skipped.
 *
 * @param workspace the migrated {@code workspace.db}
 * @param streams the migrated {@code streams.db}
 */
public record Databases(SqliteDatabase workspace, SqliteDatabase streams) {

    /** Classpath folder of the {@code workspace.db} migrations. */
    public static final String WORKSPACE_MIGRATIONS = "db/workspace";
    /** Classpath folder of the {@code streams.db} migrations. */
    public static final String STREAMS_MIGRATIONS = "db/streams";

    public Databases {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(streams, "streams");
    }

    /** Opens (creating if needed) and migrates both databases of {@code dir}. */
    public static Databases open(DataDirectory dir) {
        return new Databases(
                openMigrated(dir.workspaceDb(), WORKSPACE_MIGRATIONS),
                openMigrated(dir.streamsDb(), STREAMS_MIGRATIONS));
    }

    /** Opens one SQLite file and applies the migrations found under {@code classpathLocation}. */
    public static SqliteDatabase openMigrated(Path file, String classpathLocation) {
        SQLiteDataSource dataSource = new SQLiteDataSource(pragmas());
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure(Databases.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + classpathLocation)
                .failOnMissingLocations(true)
                // migrations are numbered per feature and may land in any order (a data directory that already has
                // V4 still gets V2 and V3 when they arrive); each is independent of the ones numbered around it
                .outOfOrder(true)
                .load()
                .migrate();
        return new SqliteDatabase(file, dataSource);
    }

    private static SQLiteConfig pragmas() {
        SQLiteConfig config = new SQLiteConfig();
        // WAL lets the UI read while the engine writes; NORMAL is durable across application crashes
        // in WAL mode and much faster than FULL.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        return config;
    }
}
