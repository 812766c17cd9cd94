package dev.rivulet.runtime.modules.sql;

import dev.rivulet.core.ModuleException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The databases the SQL module connects to, and how its host and database parameters make a JDBC address.
 *
 * <p>PostgreSQL (and MySQL, as in Streamr): {@code jdbc:postgresql://HOST/DATABASE}, where host may carry a port
 * ({@code db.example.com:5432}). SQLite has no server, so the parameters name a file instead: host is the folder and
 * database the file name ({@code host=/home/me/data, database=prices.db}); with host empty, database is the whole
 * path. {@code :memory:} gives a private in-memory database that lasts as long as the run.
 */
enum SqlEngine {
    POSTGRESQL("PostgreSQL", "jdbc:postgresql"),
    SQLITE("SQLite", "jdbc:sqlite"),
    /** Streamr's default engine; works only when a MySQL JDBC driver has been added to the class path. */
    MYSQL("MySQL", "jdbc:mysql");

    final String label;
    final String protocol;

    SqlEngine(String label, String protocol) {
        this.label = label;
        this.protocol = protocol;
    }

    static SqlEngine of(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (SqlEngine e : values()) {
            if (e.label.toLowerCase(Locale.ROOT).equals(v)) {
                return e;
            }
        }
        throw new ModuleException("engine must be PostgreSQL or SQLite, got \"" + value + "\"");
    }

    /** The JDBC address for the parameters; bad combinations are reported as bad parameter values. */
    String url(String host, String database) {
        host = host.trim();
        database = database.trim();
        if (this == SQLITE) {
            if (database.isEmpty()) {
                throw new ModuleException("database must name the SQLite file (host is its folder, or give the whole"
                    + " path here), or :memory:");
            }
            if (database.equals(":memory:")) {
                return protocol + "::memory:";
            }
            return protocol + ":" + (host.isEmpty() ? Path.of(database) : Path.of(host).resolve(database));
        }
        if (host.isEmpty()) {
            throw new ModuleException("host must name the " + label + " server, e.g. localhost or db.example.com:5432");
        }
        return protocol + "://" + host + (database.isEmpty() ? "" : "/" + database);
    }
}
