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
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Request against a real HTTP server on the loopback address, run through the engine. */
class HttpModulesTest {
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

    /** An HTTP Request module acting in historical runs, with every output going to one table. */
    private ModuleNode request(String verb, String url) {
        ModuleNode http = b.add("http-request");
        b.param(http, "verb", verb).param(http, "URL", url).option(http, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE, true);
        return http;
    }

    private ModuleNode tableOf(ModuleNode http, String... outputs) {
        ModuleNode table = b.add("table");
        int i = 1;
        for (String out : outputs) {
            b.connect(http, out, table, "in" + i++);
        }
        return table;
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("http-request", 1001, "HTTP Request", "Integrations");
    }

    @Test
    void getSendsQueryParametersAndHeadersAndOutputsTheParsedResponse() {
        server.respond("/quote", 200, "application/json", "{\"symbol\": \"ABC\", \"price\": 1.5, \"tags\": [1, 2]}");
        ModuleNode s = b.stream("s", "sym:String");
        ModuleNode http = request("GET", server.url("/quote"));
        b.param(http, "params", Map.of("symbol", "ABC & co")).param(http, "headers", Map.of("X-Key", "secret"));
        b.connect(s, "sym", http, "body");
        ModuleNode table = tableOf(http, "data", "statusCode", "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "ABC")).run();

        assertThat(run.failures()).isEmpty();
        // the JSON's numbers arrive as doubles, lists and maps keep their order; no errors output at all
        assertThat(run.rows(table)).containsExactly(java.util.Arrays.asList(
            Map.of("symbol", "ABC", "price", 1.5, "tags", List.of(1.0, 2.0)), 200.0, null));
        LoopbackHttpServer.Request req = server.requests().get(0);
        assertThat(req.method()).isEqualTo("GET");
        assertThat(req.pathAndQuery()).isEqualTo("/quote?symbol=ABC+%26+co");
        assertThat(req.headers()).containsEntry("x-key", "secret");
        assertThat(req.body()).isEmpty();
    }

    @Test
    void bodylessVerbsShowTheBodyInputAsALockedDrivingTrigger() {
        ModuleNode get = request("GET", server.url("/x"));
        ModuleNode post = request("POST", server.url("/x"));
        assertThat(get.input("body").orElseThrow().displayName).isEqualTo("trigger");
        assertThat(post.input("body").orElseThrow().displayName).isEqualTo("body");
        ModuleInstance m = CanvasRun.REGISTRY.instantiate(get, new java.util.ArrayList<>());
        assertThat(m.input("body").isDriving()).isTrue();
        assertThat(m.input("body").canToggleDriving()).isFalse();
        assertThat(CanvasRun.REGISTRY.instantiate(post, new java.util.ArrayList<>()).input("body").canToggleDriving())
            .isTrue();
    }

    @Test
    void postWritesTheBodyAsJsonWithWholeNumbersAndHeadersComeOutAsAMap() {
        server.respond("/orders", 201, "application/json", "{\"id\": 7}");
        ModuleNode s = b.stream("s", "order:Map");
        ModuleNode http = request("POST", server.url("/orders"));
        b.connect(s, "order", http, "body");
        ModuleNode table = tableOf(http, "data", "statusCode", "headers", "roundtripMillis");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, Map.of("qty", 2.0, "price", 1.25))).run();

        LoopbackHttpServer.Request req = server.requests().get(0);
        assertThat(req.method()).isEqualTo("POST");
        assertThat(req.headers()).containsEntry("content-type", "application/json");
        // 2.0 is written as 2: the engine keeps every number as a double, services often want an integer
        assertThat(req.body()).satisfiesAnyOf(
            body -> assertThat(body).isEqualTo("{\"qty\":2,\"price\":1.25}"),
            body -> assertThat(body).isEqualTo("{\"price\":1.25,\"qty\":2}"));
        List<Object> row = run.rows(table).get(0);
        assertThat(row.get(0)).isEqualTo(Map.of("id", 7.0));
        assertThat(row.get(1)).isEqualTo(201.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) row.get(2);
        assertThat(headers).containsEntry("x-served-by", "loopback");
        assertThat((Double) row.get(3)).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void formDataNeedsAMapAndIsUrlEncoded() {
        server.respond("/form", 200, "text/plain", "ok");
        ModuleNode s = b.stream("s", "fields:Map", "text:String");
        ModuleNode http = request("PUT", server.url("/form"));
        b.option(http, "bodyContentType", HttpModuleBase.FORM);
        b.connect(s, "fields", http, "body");
        ModuleNode table = tableOf(http, "data", "errors");
        ModuleNode bad = request("PUT", server.url("/form"));
        b.option(bad, "bodyContentType", HttpModuleBase.FORM);
        b.connect(s, "text", bad, "body");
        ModuleNode badTable = tableOf(bad, "errors");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, Map.of("name", "a b"), "just text")).run();

        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).body()).isEqualTo("name=a+b");
        assertThat(server.requests().get(0).headers()).containsEntry("content-type", HttpModuleBase.FORM);
        // text/plain in auto mode: the text itself
        assertThat(run.rows(table)).containsExactly(java.util.Arrays.asList("ok", null));
        assertThat(run.rows(badTable)).containsExactly(List.of(List.of("Constructing HTTP request failed",
            "form data needs a map on the body input, got String just text")));
    }

    @Test
    void dataTypeDecidesHowTheResponseIsRead() {
        server.respond("/text", 200, "text/plain", "[1, 2]");
        server.respond("/broken", 200, "application/json", "{not json");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode asText = request("GET", server.url("/text"));
        b.param(asText, "dataType", "text");
        ModuleNode asAuto = request("GET", server.url("/text"));
        ModuleNode strict = request("GET", server.url("/broken"));
        b.param(strict, "dataType", "json");
        ModuleNode lenient = request("GET", server.url("/broken"));
        for (ModuleNode m : List.of(asText, asAuto, strict, lenient)) {
            b.connect(s, "x", m, "body");
        }
        ModuleNode t1 = tableOf(asText, "data");
        ModuleNode t2 = tableOf(asAuto, "data");
        ModuleNode t3 = tableOf(strict, "data", "errors");
        ModuleNode t4 = tableOf(lenient, "data", "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0)).run();

        assertThat(run.rows(t1)).containsExactly(List.of("[1, 2]"));
        assertThat(run.rows(t2)).containsExactly(List.of(List.of(1.0, 2.0)));
        List<Object> strictRow = run.rows(t3).get(0);
        assertThat(strictRow.get(0)).isNull();
        assertThat((List<?>) strictRow.get(1)).singleElement().asString().startsWith("The response is not valid JSON");
        assertThat(run.rows(t4)).containsExactly(java.util.Arrays.asList("{not json", null));
    }

    @Test
    void errorStatusesAreNotErrorsButEmptyBodiesAndUnreachableServersAre() throws IOException {
        server.respond("/empty", 200, "text/plain", "");
        server.respond("/gone", 204, "text/plain", "");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode missing = request("GET", server.url("/nothing-here"));
        ModuleNode empty = request("GET", server.url("/empty"));
        ModuleNode noContent = request("DELETE", server.url("/gone"));
        ModuleNode unreachable = request("GET", "http://127.0.0.1:" + closedPort + "/");
        for (ModuleNode m : List.of(missing, empty, noContent, unreachable)) {
            b.connect(s, "x", m, "body");
        }
        ModuleNode t1 = tableOf(missing, "statusCode", "errors");
        ModuleNode t2 = tableOf(empty, "statusCode", "errors");
        ModuleNode t3 = tableOf(noContent, "statusCode", "errors");
        ModuleNode t4 = tableOf(unreachable, "statusCode", "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0)).run();

        assertThat(run.rows(t1)).containsExactly(java.util.Arrays.asList(404.0, null));
        assertThat(run.rows(t2)).containsExactly(List.of(200.0, List.of("Empty response from server")));
        assertThat(run.rows(t3)).containsExactly(java.util.Arrays.asList(204.0, null));
        List<Object> row = run.rows(t4).get(0);
        assertThat(row.get(0)).isNull();
        assertThat((List<?>) row.get(1)).hasSize(2).first().isEqualTo("Sending HTTP Request failed");
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void aSlowServerGivesATimeoutError() {
        server.respondSlowly("/slow", 3000, "{}");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode http = request("GET", server.url("/slow"));
        b.option(http, "timeoutSeconds", 1);
        b.connect(s, "x", http, "body");
        ModuleNode table = tableOf(http, "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0)).run();
        assertThat(run.rows(table)).containsExactly(List.of(List.of("HTTP Request timed out after 1000 ms")));
    }

    @Test
    void historicalRunsSendNothingUnlessActivated() {
        server.respond("/x", 200, "application/json", "{}");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode http = b.add("http-request");
        b.param(http, "URL", server.url("/x")).connect(s, "x", http, "body");
        ModuleNode table = tableOf(http, "data", "errors");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0)).run();
        assertThat(server.requests()).isEmpty();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.notices()).singleElement().asString().contains("suppressed in historical mode");
    }

    @Test
    void badParameterValuesFailTheModuleWithAClearMessage() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode noUrl = b.add("http-request");
        ModuleNode badType = request("GET", server.url("/x"));
        b.param(badType, "dataType", "xml");
        ModuleNode badHeaders = request("GET", server.url("/x"));
        b.param(badHeaders, "headers", "[1, 2]");
        ModuleNode badTimeout = request("GET", server.url("/x"));
        b.option(badTimeout, "timeoutSeconds", 0);
        for (ModuleNode m : List.of(noUrl, badType, badHeaders, badTimeout)) {
            b.connect(s, "x", m, "body");
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.0)).run();
        assertThat(run.failures()).hasSize(4);
        assertThat(run.failures().get(0)).contains("URL must be a web address", "\"\"");
        assertThat(run.failures().get(1)).contains("dataType must be auto, text or json", "xml");
        assertThat(run.failures().get(2)).contains("headers must be a map");
        assertThat(run.failures().get(3)).contains("timeoutSeconds must be at least 1");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void asyncRequestsLetTheEventGoOnAndTheResponseArrivesAsALaterEvent() {
        server.respond("/price", 200, "application/json", "{\"price\": 2}");
        server.hold();
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode http = b.add("http-request");
        b.param(http, "verb", "GET").param(http, "URL", server.url("/price")).option(http, "syncMode", "async");
        b.connect(s, "x", http, "body");
        ModuleNode responses = tableOf(http, "data");
        ModuleNode events = b.add("table");
        b.connect(s, "x", events, "in1");
        try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
            run.replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0)).run();
            // both events went through while the server still held both responses
            assertThat(run.rows(events)).containsExactly(List.of(1.0), List.of(2.0));
            assertThat(run.rows(responses)).isEmpty();
            server.release();
            assertThat(run.awaitRows(responses, 2, Duration.ofSeconds(10)))
                .containsExactly(List.of(Map.of("price", 2.0)), List.of(Map.of("price", 2.0)));
            assertThat(run.failures()).isEmpty();
        }
    }

    @Test
    void asyncWaitsForResponsesWhenTheEngineCannotTakeExternalEvents() {
        server.respond("/price", 200, "application/json", "{\"price\": 2}");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode http = b.add("http-request");
        b.param(http, "verb", "GET").param(http, "URL", server.url("/price")).option(http, "syncMode", "async");
        b.connect(s, "x", http, "body");
        ModuleNode responses = tableOf(http, "data");
        try (CanvasRun run = CanvasRun.realtime(b.build())) {
            run.replay("s", new MemoryCursor().add(1000, 1.0)).run();
            assertThat(run.rows(responses)).containsExactly(List.of(Map.of("price", 2.0)));
            assertThat(run.notices()).singleElement().asString().contains("waiting for each response instead");
        }
    }
}
