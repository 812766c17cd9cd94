package dev.rivulet.runtime.modules.http;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Values;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.modules.list.CollectionValues;
import dev.rivulet.runtime.modules.JsonValues;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streamr's HTTP Request (Http): a request with full control over verb, URL query parameters, headers and body, and
 * the whole response on the outputs (data, headers, status code, round-trip time, errors).
 *
 * <p>For verbs without a body (GET, DELETE) the body input is only a trigger: it is shown as "trigger" and is always
 * driving. The data output carries the response parsed as dataType says: auto (Rivulet's default) gives parsed JSON
 * when the response is JSON and the text otherwise, and bytes for application/octet-stream; json insists on JSON
 * (anything else is an error); text always gives the text. Header names with several values are joined with ", ".
 * An empty response body is an error except for statuses that have none (204, 205, 304), as in Streamr.
 */
public final class Http extends HttpModuleBase {
    private final Parameter verb = HttpVerb.choices(stringParam("verb", HttpVerb.DEFAULT)).updatesPorts()
        .help("The request method. POST, PUT and PATCH send the body input; GET and DELETE send none, and the"
            + " input only triggers the request.");
    private final Parameter url = stringParam("URL", "")
        .help("The address to call, e.g. https://api.example.com/v1/prices.");
    private final Parameter dataType = stringParam("dataType", "auto").choices("auto", "auto", "text", "text",
            "json", "json")
        .help("How to read the response: auto gives JSON as maps and lists and anything else as text; json treats"
            + " a response that is not JSON as an error; text always gives the raw text.");
    // headers are where APIs take keys and tokens, under names no list could foresee: the whole map is secret
    private final Parameter headers = param("headers", DataType.MAP, Map.of()).secret()
        .help("Request headers as a map of name to value, e.g. {\"Authorization\": \"Bearer ...\"}; stored"
            + " encrypted, never exported with the canvas.");
    private final Parameter params = param("params", DataType.MAP, Map.of())
        .help("URL query parameters as a map of name to value; they are encoded and added after the URL's"
            + " \"?\".");
    private final Input body = anyInput("body")
        .help("What to send: with POST, PUT and PATCH a value written as JSON (or, for form data, a map of"
            + " fields). With GET and DELETE any value just triggers the request.");

    private final Output data = anyOutput("data")
        .help("The response body: maps and lists for JSON, text otherwise (see dataType).");
    private final Output responseHeaders = output("headers", DataType.MAP)
        .help("The response headers as a map of name to value.");
    private final Output statusCode = doubleOutput("statusCode")
        .help("The HTTP status of the response, e.g. 200 for OK or 404 for not found.");
    private final Output roundtripMillis = doubleOutput("roundtripMillis")
        .help("How long the request took, in milliseconds, from sending to the whole response.");
    private final Output errors = output("errors", DataType.LIST)
        .help("Problems with the request (bad address, timeout, unreadable response), as a list of messages;"
            + " sent only when there were any.");

    @Override
    protected void onConfiguration(ModuleNode node) {
        checkWhileConfiguring(() -> HttpVerb.of(verb.getValue()));
        checkWhileConfiguring(this::readAs);
        HttpVerb v = HttpVerb.lenient(verb.getValue());
        String shown = v.hasBody() ? "body" : "trigger";
        body.displayName(shown);
        // as in Streamr, the saved display name follows the verb (unless the user gave the input a name of their own)
        PortNode saved = node.input("body").orElse(null);
        if (saved != null && (saved.displayName == null || saved.displayName.equals("body")
            || saved.displayName.equals("trigger"))) {
            saved.displayName = shown;
        }
        if (!v.hasBody()) {
            body.setDriving(true);
            body.lockDriving();
        }
    }

    @Override
    public void initialize() {
        super.initialize();
        HttpVerb.of(verb.getValue());
        readAs();
        checkUrl(url);
        CollectionValues.mapValue(headers.getValue(), "headers");
        CollectionValues.mapValue(params.getValue(), "params");
    }

    @Override
    HttpRequest.Builder createRequest() {
        HttpVerb v = HttpVerb.of(verb.getValue());
        StringBuilder address = new StringBuilder(url.getString().trim());
        Map<String, Object> query = CollectionValues.mapValue(params.getValue(), "params");
        if (!query.isEmpty()) {
            address.append(address.indexOf("?") >= 0 ? '&' : '?').append(formEncode(query));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address.toString()));
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (v.hasBody()) {
            if (bodyContentType().equals(JSON)) {
                publisher = HttpRequest.BodyPublishers.ofString(JsonValues.write(body.getValue()));
                b.header("Accept", JSON).header("Content-Type", JSON);
            } else {
                if (!(body.getValue() instanceof Map<?, ?> fields)) {
                    throw new ModuleException("form data needs a map on the body input, got "
                        + Values.describe(body.getValue()));
                }
                publisher = HttpRequest.BodyPublishers.ofString(formEncode(fields));
                b.header("Content-Type", FORM);
            }
        }
        for (Map.Entry<String, Object> h : CollectionValues.mapValue(headers.getValue(), "headers").entrySet()) {
            b.header(h.getKey(), Values.toText(h.getValue()));
        }
        return b.method(v.name(), publisher);
    }

    static String formEncode(Map<?, ?> fields) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(URLEncoder.encode(String.valueOf(e.getKey()), StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(Values.toText(e.getValue()), StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    @Override
    void sendResults(HttpCall call) {
        if (call.response != null) {
            byte[] bytes = call.response.body();
            int status = call.response.statusCode();
            if (bytes != null && bytes.length > 0) {
                Object value = read(bytes, call.response.headers(), call.errors);
                if (value != null) {
                    data.send(value);
                }
            } else if (status != 204 && status != 205 && status != 304
                && !"HEAD".equals(call.response.request().method())) {
                call.errors.add("Empty response from server");
            }
            responseHeaders.send(headerMap(call.response.headers()));
            statusCode.send((double) status);
        }
        roundtripMillis.send((double) call.roundtripMillis);
        if (!call.errors.isEmpty()) {
            errors.send(CollectionValues.freeze(new ArrayList<>(call.errors)));
        }
    }

    private Object read(byte[] bytes, HttpHeaders h, List<String> errs) {
        String contentType = h.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String how = readAs();
        if (how.equals("auto") && contentType.startsWith("application/octet-stream")) {
            return bytes;
        }
        String text = new String(bytes, charset(contentType));
        if (how.equals("text")) {
            return text;
        }
        try {
            Object parsed = JsonValues.parse(text);
            if (parsed == null) {
                errs.add("The response is JSON null");
            }
            return parsed;
        } catch (IOException e) {
            if (how.equals("auto")) {
                return text;
            }
            errs.add("The response is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    private static Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at >= 0) {
            String name = contentType.substring(at + 8).split("[;,\\s]")[0].replace("\"", "");
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                // an unknown charset name: read as UTF-8, the web's default
            }
        }
        return StandardCharsets.UTF_8;
    }

    static Map<String, Object> headerMap(HttpHeaders h) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : h.map().entrySet()) {
            if (!e.getKey().startsWith(":")) {
                map.put(e.getKey(), String.join(", ", e.getValue()));
            }
        }
        return CollectionValues.freeze(map);
    }

    private String readAs() {
        String how = dataType.getString().trim().toLowerCase(Locale.ROOT);
        if (!how.equals("auto") && !how.equals("text") && !how.equals("json")) {
            throw new ModuleException("dataType must be auto, text or json, got \"" + dataType.getString() + "\"");
        }
        return how;
    }
}
