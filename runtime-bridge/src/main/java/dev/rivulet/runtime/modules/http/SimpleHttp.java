package dev.rivulet.runtime.modules.http;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.modules.list.CollectionValues;
import dev.rivulet.modules.map.MapPath;
import dev.rivulet.runtime.modules.JsonValues;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's Simple HTTP: builds the request from named inputs and takes the response apart into named outputs, so
 * that a web API can be called without building maps.
 *
 * <p>Inputs in1..inN (option inputCount) are sent under their display names: as URL query parameters for GET and
 * DELETE, as a JSON object (or form fields) for POST, PUT and PATCH. With no inputs there is a trigger input instead.
 * Header parameters header1..headerN (option headerCount) send a header named by the parameter's display name.
 * Outputs out1..outN (option outputCount) are matched against the JSON response by their display names, read as
 * paths ({@code data.price}, {@code items[0].id}); a name that is missing is reported on errors. When the response is
 * a list, the first object found in it (depth first) is used; when it holds plain values before any object, or is
 * plain values, those go to the outputs in order.
 */
public final class SimpleHttp extends HttpModuleBase {
    private static final int MAX_PORTS = 100;

    private final Parameter verb = HttpVerb.choices(stringParam("verb", HttpVerb.DEFAULT))
        .help("The request method. GET and DELETE send the inputs as URL query parameters; POST, PUT and PATCH send"
            + " them in the body.");
    private final Parameter url = stringParam("URL", "")
        .help("The address to call, e.g. https://api.example.com/v1/prices.");
    private final Output errors = output("errors", DataType.LIST)
        .help("Problems with the request or the response (timeouts, missing fields), as a list of messages; sent"
            + " only when there were any.");

    private final List<Input> httpInputs = new ArrayList<>();
    private final List<Output> httpOutputs = new ArrayList<>();
    private final List<Parameter> headers = new ArrayList<>();
    private String badCount;

    public SimpleHttp() {
        option("inputCount", "int", 0, "How many value inputs the request has (0 gives a single trigger input).");
        option("outputCount", "int", 0, "How many outputs to fill from the response; rename an output to the JSON"
            + " field (or path, e.g. data.price) it should carry.");
        option("headerCount", "int", 0, "How many header parameters the request has; rename a header parameter to"
            + " the header's name and give the header's value as its value.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        int inputs = count("inputCount");
        int outputs = count("outputCount");
        int headerCount = count("headerCount");
        for (int i = 1; i <= inputs; i++) {
            httpInputs.add(anyInput("in" + i).help("A value for the request, sent under this input's name (rename it"
                + " to the name the web service expects)."));
        }
        if (inputs == 0) {
            anyInput("trigger").lockDriving()
                .help("Any value arriving here sends the request.");
        }
        for (int i = 1; i <= outputs; i++) {
            httpOutputs.add(anyOutput("out" + i).help("The response field named like this output (rename it to a"
                + " field name or a path such as data.price)."));
        }
        for (int i = 1; i <= headerCount; i++) {
            headers.add(stringParam("header" + i, "").lockDriving().secret()
                .help("A request header: rename the parameter to the header's name (e.g. Authorization) and give"
                    + " the header's value here; the value is stored encrypted, never exported with the canvas."));
        }
        if (badCount != null) {
            reportConfigurationProblem(badCount);
        }
        checkWhileConfiguring(() -> HttpVerb.of(verb.getValue()));
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    /** Configuration must not fail (the module would be lost); a bad count is reported by initialize(). */
    private int count(String option) {
        int n;
        try {
            n = optionInt(option);
        } catch (RuntimeException e) {
            badCount = option + " must be a whole number from 0 to " + MAX_PORTS + ", got \"" + option(option) + "\"";
            return 0;
        }
        if (n < 0 || n > MAX_PORTS) {
            badCount = option + " must be a whole number from 0 to " + MAX_PORTS + ", got " + n;
            return Math.max(0, Math.min(n, MAX_PORTS));
        }
        return n;
    }

    @Override
    public void initialize() {
        if (badCount != null) {
            throw new ModuleException(badCount);
        }
        super.initialize();
        HttpVerb.of(verb.getValue());
        checkUrl(url);
    }

    @Override
    HttpRequest.Builder createRequest() {
        HttpVerb v = HttpVerb.of(verb.getValue());
        Map<String, Object> values = new LinkedHashMap<>();
        for (Input in : httpInputs) {
            values.put(in.displayName(), in.getValue());
        }
        String address = url.getString().trim();
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        HttpRequest.Builder b = HttpRequest.newBuilder();
        if (v.hasBody()) {
            if (bodyContentType().equals(JSON)) {
                publisher = HttpRequest.BodyPublishers.ofString(JsonValues.write(values), StandardCharsets.UTF_8);
                b.header("Accept", JSON).header("Content-Type", JSON);
            } else {
                publisher = HttpRequest.BodyPublishers.ofString(Http.formEncode(values), StandardCharsets.UTF_8);
                b.header("Content-Type", FORM);
            }
        } else if (!values.isEmpty()) {
            address += (address.indexOf('?') >= 0 ? "&" : "?") + Http.formEncode(values);
        }
        for (Parameter h : headers) {
            b.header(h.displayName(), h.getString());
        }
        return b.uri(URI.create(address)).method(v.name(), publisher);
    }

    @Override
    void sendResults(HttpCall call) {
        if (call.response != null) {
            byte[] bytes = call.response.body();
            String text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                if (call.response.statusCode() != 204) {
                    call.errors.add("Empty response from server");
                }
            } else {
                distribute(JsonValues.parseAll(text, call.errors), call.errors);
            }
        }
        if (!call.errors.isEmpty()) {
            errors.send(CollectionValues.freeze(new ArrayList<>(call.errors)));
        }
    }

    /** Streamr's rule: the first object found is matched by output names; otherwise plain values go out in order. */
    private void distribute(List<Object> parsed, List<String> errs) {
        if (parsed.isEmpty()) {
            return;
        }
        List<Object> plain = new ArrayList<>();
        Map<?, ?> result = null;
        Object first = parsed.get(0);
        if (first instanceof Map<?, ?> m) {
            result = m;
        } else if (first instanceof List<?> l) {
            result = firstObject(l, plain, httpOutputs.size());
        } else {
            for (Object o : parsed) {
                if (plain.size() >= httpOutputs.size()) {
                    break;
                }
                plain.add(o);
            }
        }
        if (result != null) {
            for (Output out : httpOutputs) {
                String key = out.displayName();
                Object value = MapPath.get(result, key);
                if (value != null) {
                    out.send(value);
                } else {
                    errs.add(key + " not found (or was null) in HTTP response!");
                }
            }
            return;
        }
        Iterator<Object> values = plain.iterator();
        for (Output out : httpOutputs) {
            if (!values.hasNext()) {
                break;
            }
            Object v = values.next();
            if (v != null) {
                out.send(v);
            }
        }
    }

    /** Depth first: the first object in the list, or null when maxCount plain values come before any object. */
    private static Map<?, ?> firstObject(List<?> list, List<Object> plain, int maxCount) {
        for (Object o : list) {
            if (plain.size() >= maxCount) {
                return null;
            }
            if (o instanceof Map<?, ?> m) {
                return m;
            }
            if (o instanceof List<?> inner) {
                Map<?, ?> found = firstObject(inner, plain, maxCount);
                if (found != null) {
                    return found;
                }
            } else {
                plain.add(o);
            }
        }
        return null;
    }
}
