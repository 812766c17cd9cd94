package dev.rivulet.runtime.modules.sql;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Streamr's SQL module: runs each statement that arrives on the sql input against a database and sends the rows as a
 * list of maps (column name → value, in column order). A statement without rows (INSERT, UPDATE...) gives
 * {@code [{updateCount: n}]}, as in Streamr. Problems (bad SQL, no connection) go to the errors output and the canvas
 * goes on.
 *
 * <p>The connection is opened at the first statement and kept for the run (re-opened if it broke or the connection
 * parameters changed). Statements run on the engine thread, as in Streamr, each limited to timeoutSeconds so a slow
 * query cannot hold the canvas forever. Values follow the engine's conventions: numbers become doubles, timestamps
 * ISO 8601 text in UTC, dates and times ISO text, SQL arrays lists, binary columns bytes, and anything else its text.
 * Writing to a database acts on the world, so historical runs skip statements unless activateInHistoricalMode is set.
 */
public final class Sql extends ModuleInstance {
    private final Parameter engine = stringParam("engine", SqlEngine.POSTGRESQL.label)
        .choices(SqlEngine.POSTGRESQL.label, SqlEngine.POSTGRESQL.label, SqlEngine.SQLITE.label,
            SqlEngine.SQLITE.label)
        .help("The kind of database: PostgreSQL (a server) or SQLite (a file on this computer).");
    private final Parameter host = stringParam("host", "")
        .help("PostgreSQL: the server, with a port if not 5432 (db.example.com:5433). SQLite: the folder that holds"
            + " the database file (or leave empty and give the whole path as database).");
    private final Parameter database = stringParam("database", "")
        .help("PostgreSQL: the database name. SQLite: the file name in the host folder, a whole path, or :memory:.");
    private final Parameter username = stringParam("username", "")
        .help("The user to log in as (not used by SQLite).");
    private final Parameter password = stringParam("password", "").secret()
        .help("The user's password; stored encrypted, never exported with the canvas (not used by SQLite).");
    private final Input sql = stringInput("sql")
        .help("The SQL statement to run, e.g. SELECT * FROM prices WHERE symbol = 'ABC'.");
    private final Output errors = output("errors", DataType.LIST)
        .help("Problems running the statement (bad SQL, no connection), as a list of messages; sent only when there"
            + " were any.");
    private final Output result = output("result", DataType.LIST)
        .help("The rows, as a list of maps from column name to value; for statements without rows,"
            + " [{updateCount: n}] with the number of rows changed.");

    private Connection db;
    private String connectedTo;

    public Sql() {
        hasSideEffects();
        option("timeoutSeconds", "int", 30, "The longest a statement may run before it is cancelled with an error.");
    }

    /** A saved engine that does not exist shows in validation before a run (initialize() fails the module too). */
    @Override
    protected void onConfiguration(dev.rivulet.document.ModuleNode node) {
        try {
            SqlEngine.of(engine.getString());
        } catch (ModuleException ex) {
            reportConfigurationProblem(ex.getMessage());
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        SqlEngine e = SqlEngine.of(engine.getString());
        if (!host.isConnected() && !database.isConnected()) {
            e.url(host.getString(), database.getString());
        }
        timeoutSeconds();
    }

    @Override
    public void sendOutput() {
        if (!mayActOnTheWorld()) {
            return;
        }
        List<String> err = new ArrayList<>();
        try (Statement statement = connection().createStatement()) {
            statement.setQueryTimeout(timeoutSeconds());
            if (statement.execute(sql.getString())) {
                try (ResultSet rows = statement.getResultSet()) {
                    result.send(rows(rows));
                }
            } else {
                Map<String, Object> count = new LinkedHashMap<>();
                count.put("updateCount", (double) statement.getUpdateCount());
                result.send(CollectionValues.freeze(new ArrayList<>(List.of(CollectionValues.freeze(count)))));
            }
        } catch (SQLException ex) {
            err.add(ex.getMessage() != null ? ex.getMessage() : ex.toString());
        }
        if (!err.isEmpty()) {
            errors.send(CollectionValues.freeze(new ArrayList<>(err)));
        }
    }

    private Connection connection() throws SQLException {
        SqlEngine e = SqlEngine.of(engine.getString());
        String url = e.url(host.getString(), database.getString());
        String who = url + "\n" + username.getString() + "\n" + password.getString();
        if (db != null && (!who.equals(connectedTo) || !db.isValid(1))) {
            close();
        }
        if (db == null) {
            Properties props = new Properties();
            if (e != SqlEngine.SQLITE) {
                props.setProperty("user", username.getString());
                props.setProperty("password", password.getString());
                // seconds; pgjdbc's names (other drivers ignore properties they do not know)
                props.setProperty("connectTimeout", String.valueOf(timeoutSeconds()));
                props.setProperty("loginTimeout", String.valueOf(timeoutSeconds()));
            }
            try {
                db = DriverManager.getConnection(url, props);
            } catch (SQLException ex) {
                if ("08001".equals(ex.getSQLState()) && ex.getMessage() != null
                    && ex.getMessage().startsWith("No suitable driver")) {
                    throw new SQLException("no JDBC driver for " + e.label + " is installed", ex);
                }
                throw ex;
            }
            connectedTo = who;
        }
        return db;
    }

    private static List<Object> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        String[] names = new String[columns];
        for (int i = 0; i < columns; i++) {
            names[i] = meta.getColumnLabel(i + 1);
        }
        List<Object> list = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns; i++) {
                row.put(names[i], value(rs.getObject(i + 1)));
            }
            list.add(CollectionValues.freeze(row));
        }
        return CollectionValues.freeze(list);
    }

    private static Object value(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof byte[] || v instanceof Double) {
            return v;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof Array a) {
            List<Object> items = new ArrayList<>();
            for (Object o : (Object[]) a.getArray()) {
                items.add(value(o));
            }
            return CollectionValues.freeze(items);
        }
        return v.toString();
    }

    private int timeoutSeconds() {
        int s;
        try {
            s = optionInt("timeoutSeconds");
        } catch (RuntimeException e) {
            throw new ModuleException("timeoutSeconds must be a whole number of seconds, got \""
                + option("timeoutSeconds") + "\"");
        }
        if (s <= 0) {
            throw new ModuleException("timeoutSeconds must be at least 1, got " + s);
        }
        return s;
    }

    private void close() {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                // closing a broken connection can fail; it is dropped either way
            }
        }
        db = null;
        connectedTo = null;
    }

    @Override
    public void onStop() {
        close();
    }
}
