package dev.rivulet.runtime.modules.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.testkit.CanvasRun;
import dev.rivulet.runtime.testkit.LoopbackWebSocketServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The WebSocket module in realtime canvases, fed by a real Netty WebSocket server on loopback. */
class WebSocketModuleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private ModuleNode websocket(String url, String format) {
        ModuleNode m = b.add("websocket");
        b.param(m, "URL", url).param(m, "format", format);
        return m;
    }

    private ModuleNode tableOf(ModuleNode m, String output) {
        ModuleNode table = b.add("table");
        b.connect(m, output, table, "in1");
        return table;
    }

    @Test
    void textMessagesArriveAsTextInOrder() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            ModuleNode ws = websocket(server.url(), "text");
            ModuleNode messages = tableOf(ws, "message");
            ModuleNode status = tableOf(ws, "connected");
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
                run.start();
                assertThat(server.awaitClients(1, WAIT)).isTrue();
                server.send("hello");
                server.send("world");
                assertThat(run.awaitRows(messages, 2, WAIT)).containsExactly(List.of("hello"), List.of("world"));
                assertThat(run.rows(status)).containsExactly(List.of(true));
                assertThat(run.failures()).isEmpty();
            }
        }
    }

    @Test
    void jsonMessagesArriveAsMapsAndBadJsonIsAWarning() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            ModuleNode ws = websocket(server.url(), "json");
            b.param(ws, "headers", "Authorization: Bearer t0ken\n").param(ws, "subprotocol", "feed.v1");
            ModuleNode messages = tableOf(ws, "message");
            ModuleNode raw = tableOf(ws, "raw");
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
                run.start();
                assertThat(server.awaitClients(1, WAIT)).isTrue();
                assertThat(server.authorizations()).containsExactly("Bearer t0ken");
                server.send("{\"price\": 1.5, \"sym\": \"AAPL\", \"n\": 2}");
                server.send("not json");
                assertThat(run.awaitRows(raw, 2, WAIT)).hasSize(2);
                assertThat(run.rows(messages)).containsExactly(List.of(Map.of("price", 1.5, "sym", "AAPL",
                    "n", 2.0)));
                assertThat(run.warnings()).anyMatch(w -> w.contains("not JSON"));
            }
        }
    }

    @Test
    void aDroppedConnectionIsReportedAndReconnects() throws Exception {
        try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
            ModuleNode ws = websocket(server.url(), "text");
            ModuleNode messages = tableOf(ws, "message");
            ModuleNode status = tableOf(ws, "connected");
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
                run.start();
                assertThat(server.awaitClients(1, WAIT)).isTrue();
                server.dropClients();
                assertThat(run.drainUntil(() -> run.rows(status).size() >= 2, WAIT)).isTrue();
                assertThat(run.rows(status).get(1)).containsExactly(false);
                assertThat(run.warnings()).anyMatch(w -> w.contains("trying again"));
                assertThat(run.drainUntil(() -> server.handshakes() == 2 && server.clients() == 1, WAIT)).isTrue();
                server.send("back");
                assertThat(run.awaitRows(messages, 1, WAIT)).containsExactly(List.of("back"));
                assertThat(run.rows(status)).containsExactly(List.of(true), List.of(false), List.of(true));
            }
        }
    }

    @Test
    void badAddressesFailTheModuleWithAClearMessage() {
        websocket("http://127.0.0.1:1/feed", "json");
        ModuleNode other = websocket("not a url", "json");
        b.param(other, "URL", "ws://");
        try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
            run.start();
            assertThat(run.runtime().problems().values()).anyMatch(p -> p.toString().contains("ws:// or wss://"));
            assertThat(run.failures()).anyMatch(f -> f.contains("URL:"));
        }
    }

    @Test
    void nothingConnectsInAHistoricalReplay() {
        websocket("ws://127.0.0.1:1/feed", "json");
        try (CanvasRun run = new CanvasRun(b.build()).withExternalEvents()) {
            run.start();
            assertThat(run.notices()).anyMatch(n -> n.contains("only in realtime runs"));
            assertThat(((WebSocket) run.runtime().modules().get(0)).client()).isNull();
        }
    }
}
