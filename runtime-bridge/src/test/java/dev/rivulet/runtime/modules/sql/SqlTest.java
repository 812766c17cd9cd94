package dev.rivulet.runtime.modules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL against a real SQLite database file in a temporary folder, run through the engine. */
class SqlTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    @TempDir
    Path dir;

    /** An SQL module on prices.db in the temp folder (host = folder, database = file), acting in replays. */
    private ModuleNode sql() {
        ModuleNode m = b.add("sql");
        b.param(m, "engine", "SQLite").param(m, "host", dir.toString()).param(m, "database", "prices.db")
            .option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        return m;
    }

    private ModuleNode tableOf(ModuleNode m) {
        ModuleNode table = b.add("table");
        b.connect(m, "result", table, "in1").connect(m, "errors", table, "in2");
        return table;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("sql", 1010, "SQL", "Integrations");
        ModuleInstance m = CanvasRun.REGISTRY.instantiate(CanvasRun.REGISTRY.newNode("sql", 1), new java.util.ArrayList<>());
        assertThat(m.param("password").isSecret()).isTrue();
        assertThat(m.param("engine").possibleValues()).extracting(p -> p.value()).containsExactly("PostgreSQL", "SQLite");
    }

    @Test
    void statementsChangeTheFileAndQueriesGiveRowsAsMapsInColumnOrder() throws Exception {
        ModuleNode s = b.stream("s", "sql:String");
        ModuleNode sql = sql();
        b.connect(s, "sql", sql, "sql");
        ModuleNode table = tableOf(sql);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "CREATE TABLE prices (symbol TEXT, price REAL, volume INTEGER, note TEXT)")
            .add(2000, "INSERT INTO prices VALUES ('ABC', 1.5, 100, NULL), ('XYZ', 2.25, 7, 'x')")
            .add(3000, "SELECT symbol, price AS last, volume, note FROM prices ORDER BY symbol")
            .add(4000, "SELECT * FROM prices WHERE price > 99")).run();

        assertThat(run.failures()).isEmpty();
        List<List<Object>> rows = run.rows(table);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(Arrays.asList(List.of(Map.of("updateCount", 0.0)), null));
        assertThat(rows.get(1)).isEqualTo(Arrays.asList(List.of(Map.of("updateCount", 2.0)), null));
        // numbers are doubles, NULL stays empty, column labels (AS last) name the keys, in column order
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> result = (List<Map<String, Object>>) rows.get(2).get(0);
        assertThat(result).containsExactly(row("symbol", "ABC", "last", 1.5, "volume", 100.0, "note", null),
            row("symbol", "XYZ", "last", 2.25, "volume", 7.0, "note", "x"));
        assertThat(result.get(0).keySet()).containsExactly("symbol", "last", "volume", "note");
        // edge case: a query that matches nothing gives an empty list, not an error
        assertThat(rows.get(3)).isEqualTo(Arrays.asList(List.of(), null));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("prices.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM prices")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void badSqlGoesToErrorsAndTheCanvasGoesOn() {
        ModuleNode s = b.stream("s", "sql:String");
        ModuleNode sql = sql();
        b.connect(s, "sql", sql, "sql");
        ModuleNode table = tableOf(sql);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "SELEC nonsense")
            .add(2000, "SELECT * FROM missing_table")
            .add(3000, "SELECT 1 + 1 AS two")).run();

        List<List<Object>> rows = run.rows(table);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get(0)).isNull();
        assertThat((List<?>) rows.get(0).get(1)).singleElement().asString().contains("syntax error");
        assertThat((List<?>) rows.get(1).get(1)).singleElement().asString().contains("no such table: missing_table");
        assertThat(rows.get(2)).isEqualTo(Arrays.asList(List.of(Map.of("two", 2.0)), null));
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aWholePathInDatabaseWorksWithoutHost() throws Exception {
        Path file = dir.resolve("sub").resolve("whole.db");
        Files.createDirectories(file.getParent());
        ModuleNode s = b.stream("s", "sql:String");
        ModuleNode sql = b.add("sql");
        b.param(sql, "engine", "SQLite").param(sql, "database", file.toString())
            .option(sql, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        b.connect(s, "sql", sql, "sql");
        ModuleNode table = tableOf(sql);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "CREATE TABLE t (x)").add(2000, "SELECT COUNT(*) AS n FROM t")).run();
        assertThat(run.rows(table).get(1)).isEqualTo(Arrays.asList(List.of(Map.of("n", 0.0)), null));
        assertThat(file).exists();
    }

    @Test
    void historicalRunsRunNoStatementsUnlessActivated() {
        ModuleNode s = b.stream("s", "sql:String");
        ModuleNode sql = sql();
        b.option(sql, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, false);
        b.connect(s, "sql", sql, "sql");
        ModuleNode table = tableOf(sql);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "CREATE TABLE t (x)")).run();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.notices()).singleElement().asString().contains("suppressed in historical mode");
        assertThat(dir.resolve("prices.db")).doesNotExist();
    }

    @Test
    void badParametersFailTheModuleWithAClearMessage() {
        ModuleNode s = b.stream("s", "sql:String");
        ModuleNode noFile = b.add("sql");
        b.param(noFile, "engine", "SQLite");
        ModuleNode noServer = b.add("sql");
        ModuleNode oracle = b.add("sql");
        b.param(oracle, "engine", "Oracle").param(oracle, "host", "db");
        for (ModuleNode m : List.of(noFile, noServer, oracle)) {
            b.connect(s, "sql", m, "sql");
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "SELECT 1")).run();
        assertThat(run.failures()).hasSize(3);
        assertThat(run.failures().get(0)).contains("database must name the SQLite file");
        assertThat(run.failures().get(1)).contains("host must name the PostgreSQL server");
        assertThat(run.failures().get(2)).contains("engine must be PostgreSQL or SQLite", "Oracle");
        assertThat(run.runtime().problems().get(oracle.hash)).anySatisfy(p -> assertThat(p).contains("Oracle"));
    }

    @Test
    void anUnreachablePostgresServerIsAnErrorNotAFailure() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ModuleNode s = b.stream("s", "sql:String");
        ModuleNode sql = b.add("sql");
        b.param(sql, "host", "127.0.0.1:" + closedPort).param(sql, "database", "db").param(sql, "username", "u")
            .param(sql, "password", "p").option(sql, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        b.connect(s, "sql", sql, "sql");
        ModuleNode table = tableOf(sql);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "SELECT 1")).run();
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isNull();
            assertThat((List<?>) r.get(1)).singleElement().asString().containsIgnoringCase("connection");
        });
    }
}
