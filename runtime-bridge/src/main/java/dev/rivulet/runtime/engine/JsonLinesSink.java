package dev.rivulet.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes what reaches Tables, Labels and Charts as JSON lines:
 * {@code {"t": epochMillis, "hash": moduleHash, "module": "name", "values": [...]}} (Chart lines add
 * {@code "series"}). Widgets inside an embedded canvas (Canvas, ForEach, ForEachItem modules) add {@code "path"}, e.g.
 * "7/5" for module 5 of the canvas embedded by module 7, since their hashes may repeat the top canvas's. Header and
 * init messages are not data and are not written.
 */
public final class JsonLinesSink implements UiSink, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Writer out;
    private final JsonGenerator gen;
    private long lines;

    public JsonLinesSink(Writer out) {
        this.out = out;
        try {
            this.gen = JSON.getFactory().createGenerator(out);
            gen.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void publish(ModuleInstance module, UiMessage message) {
        try {
            if (message instanceof UiMessage.TableRow r) {
                line(r.time(), module, r.values(), null);
            } else if (message instanceof UiMessage.LabelValue v) {
                line(v.time(), module, java.util.Collections.singletonList(v.value()), null);
            } else if (message instanceof UiMessage.ChartPoint p) {
                line(p.time(), module, List.of(p.y()), p.seriesName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    private void line(long t, ModuleInstance module, List<Object> values, String series) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("t", t);
        gen.writeNumberField("hash", module.hash());
        gen.writeStringField("module", module.name());
        String path = module.path();
        if (path.indexOf('/') >= 0) {
            gen.writeStringField("path", path);
        }
        gen.writeFieldName("values");
        gen.writeStartArray();
        for (Object v : values) {
            JSON.writeValue(gen, v);
        }
        gen.writeEndArray();
        if (series != null) {
            gen.writeStringField("series", series);
        }
        gen.writeEndObject();
        gen.flush();
        out.write('\n');
        lines++;
    }

    public long lines() {
        return lines;
    }

    @Override
    public void close() throws IOException {
        gen.flush();
        out.flush();
    }
}
