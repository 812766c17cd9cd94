package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.List;
import java.util.Map;

/**
 * JsonPath: reads one value out of a map, a list, or JSON text, with a JSONPath-like path (see
 * {@link JsonPathExpression} for the syntax).
 *
 * <p>found is sent on every event. value is sent only when something was found: a JSON null cannot travel along a
 * connection, so a path that leads to null counts as not found. With a wildcard the value is the list of matches,
 * and found tells whether that list is non-empty. error is sent only when the input could not be read (text that is
 * not JSON, with the parser's message); a path that leads nowhere is not an error, just found = false. Numbers found
 * in JSON text come out as Doubles.
 */
public final class JsonPath extends ConfiguredModule {
    private final Input in = anyInput("in")
        .help("A map or list (e.g. a record from a stream), or JSON text, to read from.");
    private final Parameter path = stringParam("path", "$")
        .help("Where the value is: $.order.items[0].price, or without $: order.items[0].price. Use ['a.b'] for names"
            + " with dots or spaces, [-1] for the last item, * for every child (gives a list). $ is the whole input.");
    private final Output value = anyOutput("value")
        .help("The value found at the path (a list of values when the path has a *). Not sent when nothing was found.");
    private final Output found = output("found", DataType.BOOLEAN)
        .help("True when the path led to a value, false otherwise (missing key, position out of range, null).");
    private final Output error = stringOutput("error")
        .help("Why the input could not be read, e.g. text that is not valid JSON. Sent only when that happens.");

    private JsonPathExpression expression;

    @Override
    protected void configure() {
        try {
            expression = JsonPathExpression.compile(path.getString());
        } catch (IllegalArgumentException e) {
            throw new ModuleException(e.getMessage());
        }
    }

    @Override
    protected void process() {
        Object root = in.getValue();
        if (root instanceof String text) {
            try {
                root = JsonValues.parse(text);
            } catch (IllegalArgumentException e) {
                found.send(false);
                error.send("not valid JSON: " + e.getMessage());
                return;
            }
        }
        Object v = expression.evaluate(root);
        boolean ok = v != null && v != JsonPathExpression.MISSING && !(v instanceof List<?> l && !expression.isDefinite()
            && l.isEmpty());
        if (ok) {
            // maps from upstream may hold other number types (Integer, Long): the engine's number is Double
            value.send(v instanceof Number n && !(v instanceof Double) ? (Object) n.doubleValue() : v);
        }
        found.send(ok);
    }
}
