package dev.rivulet.runtime.modules.websocket;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.modules.JsonValues;
import dev.rivulet.runtime.modules.NetworkSourceModule;
import dev.rivulet.runtime.transport.websocket.WebSocketClient;
import dev.rivulet.runtime.transport.websocket.WebSocketListener;
import dev.rivulet.runtime.transport.websocket.WebSocketOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * WebSocket (a Rivulet addition): connects to a WebSocket server and sends every message it receives, each as an event
 * of its own: as text, or parsed as JSON (objects become maps, numbers doubles). {@code connected} tells when the
 * connection comes up or goes down; a lost connection is retried with back-off (1 s doubling to 30 s) and shown as a
 * module warning.
 *
 * <p>Like MQTT it is an event source fed from outside the canvas: messages arrive through the engine's external event
 * queue in realtime runs; a historical replay cannot receive the past, so nothing arrives then (a one-time notice says
 * so). Headers are sent with the handshake (one "Name: value" per line, e.g. an Authorization token; stored encrypted).
 */
public final class WebSocket extends NetworkSourceModule<WebSocket.Arrived, WebSocketClient> {
    static final String JSON = "json";
    static final String TEXT = "text";

    private final Parameter url = stringParam("URL", "")
        .help("The server's address, e.g. wss://example.com/feed (ws:// without TLS).");
    private final Parameter headers = stringParam("headers", "").textArea().secret()
        .help("Extra handshake headers, one per line as Name: value (e.g. Authorization: Bearer ...).");
    private final Parameter subprotocol = stringParam("subprotocol", "")
        .help("The subprotocol to ask the server for (Sec-WebSocket-Protocol); empty for none.");
    private final Parameter format = stringParam("format", JSON).choices("JSON", JSON, "text", TEXT)
        .help("json: each message is parsed as JSON and sent as a map (or list, number, text). text: sent as it is.");
    private final Output message = output("message", DataType.OBJECT)
        .help("Each message: the parsed JSON value (a map for a JSON object), or the text.");
    private final Output raw = stringOutput("raw").help("Each message as the text that arrived.");
    private final Output connected = booleanOutput("connected")
        .help("true when the connection is up, false when it is lost (it is retried by itself).");

    @Override
    protected void onConfiguration(ModuleNode node) {
        String f = format.getString();
        if (!JSON.equals(f) && !TEXT.equals(f)) {
            reportConfigurationProblem("format must be json or text, not \"" + f + "\"");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        clientOptions();
        String f = format.getString();
        if (!JSON.equals(f) && !TEXT.equals(f)) {
            throw new ModuleException("format must be json or text, not \"" + f + "\"");
        }
    }

    private WebSocketOptions clientOptions() {
        WebSocketOptions o;
        try {
            o = WebSocketOptions.fromUrl(url.getString());
        } catch (IllegalArgumentException e) {
            throw new ModuleException("URL: " + e.getMessage());
        }
        return o.withHeaders(parseHeaders(headers.getString())).withSubprotocol(subprotocol.getString());
    }

    static Map<String, String> parseHeaders(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ModuleException("headers: line " + (i + 1) + " must be Name: value");
            }
            map.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return map;
    }

    @Override
    protected String protocol() {
        return "WebSocket";
    }

    @Override
    protected WebSocketClient connect(Consumer<Arrived> deliver) {
        WebSocketClient client = new WebSocketClient(clientOptions(), new WebSocketListener() {
            @Override
            public void onMessage(String text) {
                deliver.accept(new Arrived(text, null, null));
            }

            @Override
            public void onConnected(boolean reconnected) {
                deliver.accept(new Arrived(null, null, Boolean.TRUE));
            }

            @Override
            public void onDisconnected(String reason, Duration retryIn) {
                deliver.accept(new Arrived(null, "WebSocket " + reason + "; trying again in "
                    + retryIn.toMillis() / 1000.0 + " s", Boolean.FALSE));
            }
        });
        client.start();
        return client;
    }

    @Override
    public void sendOutput() {
        Arrived a = nextArrived();
        if (a == null) {
            return;
        }
        if (a.up != null && (a.up || !Boolean.FALSE.equals(connected.lastValue()))) {
            // a retry that fails again is a warning, not a new "false"
            connected.send(a.up.booleanValue());
        }
        if (a.problem != null) {
            context().listener().moduleWarning(this, a.problem);
        }
        if (a.text == null) {
            return;
        }
        raw.send(a.text);
        if (TEXT.equals(format.getString())) {
            message.send(a.text);
            return;
        }
        Object parsed;
        try {
            parsed = JsonValues.parse(a.text);
        } catch (IOException e) {
            context().listener().moduleWarning(this, "a message is not JSON (sent on raw only): "
                + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (parsed != null) {
            message.send(parsed);
        }
    }

    record Arrived(String text, String problem, Boolean up) {
    }
}
