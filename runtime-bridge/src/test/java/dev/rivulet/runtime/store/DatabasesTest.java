package dev.rivulet.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasesTest {

    @TempDir
    Path tmp;

    @Test
    void openingFreshDataDirectoryCreatesBothDatabasesWithTheirTables() throws SQLException {
        DataDirectory dir = DataDirectory.open(Optional.of(tmp.resolve("fresh")));

        Databases dbs = Databases.open(dir);

        assertThat(dir.workspaceDb()).exists();
        assertThat(dir.streamsDb()).exists();
        assertThat(tables(dbs.workspace()))
                .contains("canvases", "canvas_versions", "edit_journal", "dashboards", "settings", "custom_code_trust")
                .doesNotContain("streams", "messages");
        assertThat(tables(dbs.streams()))
                .contains("streams", "messages")
                .doesNotContain("canvases");
    }

    @Test
    void openingTwiceIsIdempotentAndKeepsData() throws SQLException {
        DataDirectory dir = DataDirectory.open(Optional.of(tmp));
        try (Connection c = Databases.open(dir).workspace().connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO settings(key, value) VALUES ('theme', 'dark')");
        }

        Databases again = Databases.open(dir);

        assertThat(queryString(again.workspace(), "SELECT value FROM settings WHERE key = 'theme'")).isEqualTo("dark");
        // every migration applied once; opening again applied nothing (V4 exists, V2 and V3 are other branches')
        assertThat(queryString(again.workspace(), "SELECT count(*) FROM flyway_schema_history WHERE success = 1"))
                .isEqualTo(queryString(again.workspace(),
                        "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE success = 1"));
        assertThat(queryString(again.streams(), "SELECT count(*) FROM flyway_schema_history WHERE success = 1"))
                .isEqualTo("2");
    }

    @Test
    void connectionsUseWalSynchronousNormalAndForeignKeys() throws SQLException {
        Databases dbs = Databases.open(DataDirectory.open(Optional.of(tmp)));

        for (SqliteDatabase db : List.of(dbs.workspace(), dbs.streams())) {
            assertThat(queryString(db, "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(queryString(db, "PRAGMA synchronous")).isEqualTo("1"); // 1 = NORMAL
            assertThat(queryString(db, "PRAGMA foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void messagesRequireARegisteredStream() throws SQLException {
        Databases dbs = Databases.open(DataDirectory.open(Optional.of(tmp)));
        try (Connection c = dbs.streams().connect(); Statement s = c.createStatement()) {
            // since V2, history rows carry the stream's integer key (streams.num)
            s.executeUpdate("INSERT INTO streams(num, id, name, created, updated) VALUES (1, 's1', 'Prices', 0, 0)");
            s.executeUpdate("INSERT INTO messages(stream_num, partition, ts, seq, chain, content)"
                    + " VALUES (1, 0, 1000, 0, 0, '{\"p\":1}')");

            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO messages(stream_num, partition, ts, seq, chain, content)"
                    + " VALUES (2, 0, 1000, 0, 0, '{}')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    private static List<String> tables(SqliteDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String queryString(SqliteDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getString(1);
        }
    }
}
