package dev.rivulet.runtime.modules.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import dev.rivulet.runtime.testkit.LoopbackHttpServer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simple HTTP against a real HTTP server on the loopback address, run through the engine. */
class SimpleHttpTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
    private LoopbackHttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackHttpServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ModuleNode simple(String verb, String path, int inputs, int outputs, int headers) {
        ModuleNode m = b.add("simple-http");
        b.option(m, "inputCount", inputs).option(m, "outputCount", outputs).option(m, "headerCount", headers);
        b.param(m, "verb", verb).param(m, "URL", server.url(path))
            .option(m, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        return m;
    }

    private static void rename(ModuleNode m, String port, String name) {
        m.inputs.stream().filter(p -> p.name.equals(port)).findFirst()
            .or(() -> m.outputs.stream().filter(p -> p.name.equals(port)).findFirst())
            .or(() -> m.param(port)).orElseThrow().displayName = name;
    }

    private ModuleNode tableOf(ModuleNode m, String... outputs) {
        ModuleNode table = b.add("table");
        int i = 1;
        for (String out : outputs) {
            b.connect(m, out, table, "in" + i++);
        }
        return table;
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("simple-http", 1000, "Simple HTTP", "Integrations");
    }

    @Test
    void getSendsNamedInputsAsQueryParametersAndFillsOutputsByPath() {
        server.respond("/quote", 200, "application/json",
            "{\"data\": {\"price\": 1.5, \"history\": [1, 2, 3]}, \"name\": \"Acme\"}");
        ModuleNode s = b.stream("s", "sym:String", "n:Double");
        ModuleNode http = simple("GET", "/quote", 2, 3, 1);
        rename(http, "in1", "symbol");
        rename(http, "out1", "data.price");
        rename(http, "out2", "name");
        rename(http, "out3", "data.history[2]");
        rename(http, "header1", "X-Key");
        b.param(http, "header1", "k-123");
        b.connect(s, "sym", http, "in1").connect(s, "n", http, "in2");
        ModuleNode table = tableOf(http, "out1", "out2", "out3", "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "ABC", 3.0)).run();

        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(Arrays.asList(1.5, "Acme", 3.0, null));
        LoopbackHttpServer.Request req = server.requests().get(0);
        // whole numbers without ".0", as people write them in URLs
        assertThat(req.pathAndQuery()).isEqualTo("/quote?symbol=ABC&in2=3");
        assertThat(req.headers()).containsEntry("x-key", "k-123");
    }

    @Test
    void postSendsTheInputsAsAJsonObjectAndReportsMissingFields() {
        server.respond("/orders", 200, "application/json", "{\"id\": 9}");
        ModuleNode s = b.stream("s", "sym:String", "qty:Double");
        ModuleNode http = simple("POST", "/orders", 2, 2, 0);
        rename(http, "in1", "symbol");
        rename(http, "in2", "qty");
        rename(http, "out1", "id");
        rename(http, "out2", "status");
        b.connect(s, "sym", http, "in1").connect(s, "qty", http, "in2");
        ModuleNode table = tableOf(http, "out1", "out2", "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "ABC", 2.0)).run();

        assertThat(server.requests().get(0).body()).isEqualTo("{\"symbol\":\"ABC\",\"qty\":2}");
        assertThat(server.requests().get(0).headers()).containsEntry("content-type", "application/json");
        assertThat(run.rows(table)).containsExactly(Arrays.asList(9.0, null,
            List.of("status not found (or was null) in HTTP response!")));
    }

    @Test
    void listResponsesGiveTheFirstObjectOrPlainValuesInOrder() {
        server.respond("/objects", 200, "application/json", "[[{\"a\": 1}], {\"a\": 2}]");
        server.respond("/values", 200, "application/json", "[10, 20, 30]");
        server.respond("/sequence", 200, "application/json", "1 \"two\" true");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode objects = simple("GET", "/objects", 0, 1, 0);
        rename(objects, "out1", "a");
        ModuleNode values = simple("GET", "/values", 0, 2, 0);
        ModuleNode sequence = simple("GET", "/sequence", 0, 3, 0);
        for (ModuleNode m : List.of(objects, values, sequence)) {
            b.connect(s, "x", m, "trigger");
        }
        ModuleNode t1 = tableOf(objects, "out1");
        ModuleNode t2 = tableOf(values, "out1", "out2");
        ModuleNode t3 = tableOf(sequence, "out1", "out2", "out3");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0)).run();

        assertThat(run.rows(t1)).containsExactly(List.of(1.0));
        assertThat(run.rows(t2)).containsExactly(List.of(10.0, 20.0));
        assertThat(run.rows(t3)).containsExactly(List.of(1.0, "two", true));
    }

    @Test
    void withoutInputsATriggerSendsTheRequestAndAnEmptyResponseIsAnError() {
        server.respond("/ping", 200, "text/plain", "");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode http = simple("GET", "/ping", 0, 1, 0);
        ModuleInstance m = CanvasRun.REGISTRY.instantiate(http, new java.util.ArrayList<>());
        assertThat(m.input("trigger").isDriving()).isTrue();
        assertThat(m.input("trigger").canToggleDriving()).isFalse();
        assertThat(m.input("in1")).isNull();
        b.connect(s, "x", http, "trigger");
        ModuleNode table = tableOf(http, "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0)).run();
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0).pathAndQuery()).isEqualTo("/ping");
        assertThat(run.rows(table)).containsExactly(List.of(List.of("Empty response from server")),
            List.of(List.of("Empty response from server")));
    }

    @Test
    void badCountsAndAddressesAreReportedAndNothingIsSent() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode tooMany = simple("GET", "/x", 0, 0, 0);
        b.option(tooMany, "outputCount", 1000);
        ModuleNode badUrl = simple("GET", "/x", 0, 0, 0);
        b.param(badUrl, "URL", "ftp://example.com/file");
        ModuleNode badVerb = simple("GET", "/x", 0, 0, 0);
        b.param(badVerb, "verb", "FETCH");
        for (ModuleNode m : List.of(tooMany, badUrl, badVerb)) {
            b.connect(s, "x", m, "trigger");
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0)).run();
        assertThat(run.failures()).hasSize(3);
        assertThat(run.failures().get(0)).contains("outputCount must be a whole number from 0 to 100, got 1000");
        assertThat(run.failures().get(1)).contains("URL must be a web address", "ftp://example.com/file");
        assertThat(run.failures().get(2)).contains("verb must be one of GET, POST, PUT, DELETE, PATCH", "FETCH");
        // the bad count and verb are already validation problems, before anything runs
        assertThat(run.runtime().problems().get(tooMany.hash)).anySatisfy(p -> assertThat(p).contains("outputCount"));
        assertThat(run.runtime().problems().get(badVerb.hash)).anySatisfy(p -> assertThat(p).contains("FETCH"));
        assertThat(server.requests()).isEmpty();
    }
}
