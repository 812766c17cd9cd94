package dev.rivulet.runtime.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * One migrated SQLite file. Each {@link #connect()} opens a new connection configured with the
 * store-wide pragmas (WAL journal, {@code synchronous=NORMAL}, foreign keys on); callers close it.
 *
 * <pre>{@code
 * try (Connection c = databases.workspace().connect()) { ... }
 * }</pre>
 *
 * @param file the database file
 * @param dataSource source of configured connections to {@code file}
 */
public record SqliteDatabase(Path file, DataSource dataSource) {

    public SqliteDatabase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Opens a new connection; the caller owns and closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }
}
