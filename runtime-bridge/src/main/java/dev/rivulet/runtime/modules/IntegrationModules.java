package dev.rivulet.runtime.modules;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import dev.rivulet.runtime.modules.email.Email;
import dev.rivulet.runtime.modules.http.Http;
import dev.rivulet.runtime.modules.http.SimpleHttp;
import dev.rivulet.runtime.modules.mqtt.Mqtt;
import dev.rivulet.runtime.modules.sql.Sql;
import dev.rivulet.runtime.modules.streams.StreamModules;
import dev.rivulet.runtime.modules.streams.StreamServices;
import dev.rivulet.runtime.modules.websocket.WebSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The modules that need the network or JDBC (so they live in runtime-bridge, not in the pure module-library):
 * HTTP Request, Simple HTTP, SQL, MQTT, WebSocket and Email, and the Streams modules (SendToStream, CreateStream,
 * GetOrCreateStream, SearchStream). Registered through the same SPI as the built-in modules.
 */
public final class IntegrationModules implements ModuleProvider {
    static final String INTEGRATIONS = "Integrations";

    @Override
    public List<ModuleDefinition> modules() {
        List<ModuleDefinition> all = new ArrayList<>(List.of(
            ModuleDefinition.of("http-request", "HTTP Request", INTEGRATIONS, Http::new).streamrId(1001)
                .help("Calls a web service with full control: verb, URL query parameters, headers and body. The whole"
                    + " response comes out: data (JSON as maps and lists, or text), headers, status code and round-trip"
                    + " time; problems go to errors. Like other modules that act outside the canvas, it sends nothing"
                    + " during historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("simple-http", "Simple HTTP", INTEGRATIONS, SimpleHttp::new).streamrId(1000)
                .help("Calls a web service from named inputs and takes the JSON response apart into named outputs:"
                    + " inputs go out under their names (URL parameters for GET, a JSON body for POST), and each"
                    + " output is filled from the response field it is named after (a path such as data.price"
                    + " works). Set the counts of inputs, outputs and headers in the options. Sends nothing during"
                    + " historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("sql", "SQL", INTEGRATIONS, Sql::new).streamrId(1010)
                .help("Runs the SQL statement that arrives on the sql input against a PostgreSQL server or an SQLite"
                    + " file, and sends the rows as a list of maps (column name to value). Problems go to errors."
                    + " Statements are skipped during historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("mqtt", "MQTT", INTEGRATIONS, Mqtt::new).streamrId(1034)
                .help("Receives messages from an MQTT broker: subscribes to a topic and sends each message's text on"
                    + " the message output. Messages arrive only in realtime runs; it reconnects by itself when the"
                    + " connection drops."),
            ModuleDefinition.of("websocket", "WebSocket", INTEGRATIONS, WebSocket::new)
                .aliases("ws", "wss", "Socket", "Feed")
                .help("Receives messages from a WebSocket server: connects to the URL (with optional headers and"
                    + " subprotocol) and sends each message as parsed JSON (or text) on message, with the text on"
                    + " raw; connected tells when the connection is up. Messages arrive only in realtime runs; it"
                    + " reconnects by itself when the connection drops."),
            ModuleDefinition.of("email", "Email", "Utils", Email::new).streamrId(195)
                .aliases("Message", "Notification", "Notify")
                .help("Sends an e-mail through your SMTP server each time a value input fires: the subject, the"
                    + " message, the event's time and the values of the inputs (set how many in the options). At"
                    + " most one mail a minute by default. During historical replays the mail is shown as a notice"
                    + " instead of being sent, unless activateInHistoricalMode is set.")));
        // unbound: a host with streams binds them with StreamModules.bind
        all.addAll(StreamModules.definitions(StreamServices.NONE));
        return List.copyOf(all);
    }
}
