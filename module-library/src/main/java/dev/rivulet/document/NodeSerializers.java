package dev.rivulet.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;

/**
 * Hand-written serializers for the most numerous nodes of a canvas: ports (about five per module), connections with
 * their two ends, and module positions; on a 2,000-module canvas they are about 25,000 objects, and databind's bean
 * serializer (reflection, a property writer per field) was most of the time of saving one. Each writes exactly what
 * the annotations on its class make Jackson write (same fields, order and inclusion, unknown fields last), which
 * {@code NodeSerializersTest} checks against a mapper without this module; values of type Object go through the
 * provider, as before. Reading is unchanged.
 *
 * <p>Usage: {@code JsonMapper.builder().addModule(NodeSerializers.module())}.
 */
final class NodeSerializers {
    // field names encoded once, as databind's bean serializers keep them (writing a String name re-encodes it)
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString DISPLAY_NAME = new SerializedString("displayName");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString VALUE = new SerializedString("value");
    private static final SerializableString DRIVING = new SerializedString("driving");
    private static final SerializableString INITIAL_VALUE = new SerializedString("initialValue");
    private static final SerializableString NO_REPEAT = new SerializedString("noRepeat");
    private static final SerializableString EXPORT = new SerializedString("export");
    private static final SerializableString VARIADIC = new SerializedString("variadic");
    private static final SerializableString FROM = new SerializedString("from");
    private static final SerializableString TO = new SerializedString("to");
    private static final SerializableString FEEDBACK = new SerializedString("feedback");
    private static final SerializableString MODULE = new SerializedString("module");
    private static final SerializableString PORT = new SerializedString("port");
    private static final SerializableString X = new SerializedString("x");
    private static final SerializableString Y = new SerializedString("y");
    private static final SerializableString WIDTH = new SerializedString("width");
    private static final SerializableString HEIGHT = new SerializedString("height");

    private NodeSerializers() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("rivulet-canvas-nodes");
        m.addSerializer(PortNode.class, new Ports());
        m.addSerializer(ConnectionNode.class, new Connections());
        m.addSerializer(ConnectionNode.PortRef.class, new Ends());
        m.addSerializer(CanvasLayout.ModuleLayout.class, new Positions());
        return m;
    }

    /** {@code @JsonInclude(NON_NULL)}, fields in {@code @JsonPropertyOrder}. */
    private static final class Ports extends JsonSerializer<PortNode> {
        @Override
        public void serialize(PortNode p, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(p);
            text(g, NAME, p.name);
            text(g, ID, p.id);
            text(g, DISPLAY_NAME, p.displayName);
            text(g, TYPE, p.type);
            value(g, provider, VALUE, p.value);
            flag(g, DRIVING, p.driving);
            value(g, provider, INITIAL_VALUE, p.initialValue);
            flag(g, NO_REPEAT, p.noRepeat);
            flag(g, EXPORT, p.export);
            value(g, provider, VARIADIC, p.variadic);
            extra(g, provider, p);
            g.writeEndObject();
        }
    }

    /** {@code @JsonInclude(NON_DEFAULT)}: ends when set, feedback only when true. */
    private static final class Connections extends JsonSerializer<ConnectionNode> {
        @Override
        public void serialize(ConnectionNode c, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(c);
            value(g, provider, FROM, c.from);
            value(g, provider, TO, c.to);
            if (c.feedback) {
                g.writeFieldName(FEEDBACK);
                g.writeBoolean(true);
            }
            extra(g, provider, c);
            g.writeEndObject();
        }
    }

    /** {@code @JsonInclude(ALWAYS)}: module and port, a missing port as null. */
    private static final class Ends extends JsonSerializer<ConnectionNode.PortRef> {
        @Override
        public void serialize(ConnectionNode.PortRef r, JsonGenerator g, SerializerProvider provider)
            throws IOException {
            g.writeStartObject(r);
            g.writeFieldName(MODULE);
            g.writeNumber(r.module);
            g.writeFieldName(PORT);
            g.writeString(r.port);
            extra(g, provider, r);
            g.writeEndObject();
        }
    }

    /** {@code @JsonInclude(NON_NULL)}: x and y always, width and height when set. */
    private static final class Positions extends JsonSerializer<CanvasLayout.ModuleLayout> {
        @Override
        public void serialize(CanvasLayout.ModuleLayout l, JsonGenerator g, SerializerProvider provider)
            throws IOException {
            g.writeStartObject(l);
            g.writeFieldName(X);
            g.writeNumber(l.x);
            g.writeFieldName(Y);
            g.writeNumber(l.y);
            if (l.width != null) {
                g.writeFieldName(WIDTH);
                g.writeNumber(l.width.doubleValue());
            }
            if (l.height != null) {
                g.writeFieldName(HEIGHT);
                g.writeNumber(l.height.doubleValue());
            }
            extra(g, provider, l);
            g.writeEndObject();
        }
    }

    private static void text(JsonGenerator g, SerializableString field, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeString(value);
        }
    }

    private static void flag(JsonGenerator g, SerializableString field, Boolean value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeBoolean(value);
        }
    }

    private static void value(JsonGenerator g, SerializerProvider provider, SerializableString field, Object value)
        throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            provider.defaultSerializeValue(value, g);
        }
    }

    /** The fields kept from the file ({@code @JsonAnyGetter}), after the modelled ones, nulls included. */
    private static void extra(JsonGenerator g, SerializerProvider provider, Extensible node) throws IOException {
        Map<String, Object> extra = node.extraOrNull();
        if (extra == null) {
            return;
        }
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            g.writeFieldName(e.getKey());
            provider.defaultSerializeValue(e.getValue(), g);
        }
    }
}
