package dev.rivulet.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes Rivulet's native canvas JSON. Reading parses to a tree, upgrades older schema versions through a
 * chain of {@link SchemaMigration} steps, then binds; writing is deterministic (fixed field order, fields we do not
 * model in the order they were read, pretty-printed with "\n" line ends and a final newline). Unknown fields at every
 * level survive a load/save round trip. Thread-safe.
 *
 * <p>Usage: {@code CanvasDocument doc = new NativeCodec().read(path); codec.write(doc, path);}
 */
public final class NativeCodec {
    private static final ObjectReader DOCUMENT_READER = JsonSupport.MAPPER.readerFor(CanvasDocument.class);
    /** How much of a file {@link #startsWithCurrentVersion(Path)} looks at; files this codec writes need 30. */
    private static final int HEAD_BYTES = 256;

    private final Map<Integer, SchemaMigration> migrations = new HashMap<>();
    private final int currentVersion;

    /** The codec for this build's schema version, with every migration this build knows. */
    public NativeCodec() {
        this(List.of(), CanvasDocument.SCHEMA_VERSION);
    }

    /**
     * A codec with an explicit migration chain, reading up to {@code currentVersion}. Each version below it needs one
     * step (except those older than the oldest step, which are rejected).
     */
    public NativeCodec(List<SchemaMigration> migrations, int currentVersion) {
        for (SchemaMigration m : migrations) {
            if (this.migrations.putIfAbsent(m.fromVersion(), m) != null) {
                throw new IllegalArgumentException("two migrations from version " + m.fromVersion());
            }
        }
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /**
     * Reads a canvas file. A file that starts with the current {@code schemaVersion} is streamed straight into the
     * binder (no copy of the whole file in memory: a large canvas is megabytes, a separate large object for the
     * collector); anything else, and any file the binder rejects, is read whole and goes through
     * {@link #read(byte[], String)}, which gives the precise messages.
     */
    public CanvasDocument read(Path file) throws CanvasFormatException {
        if (startsWithCurrentVersion(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                CanvasDocument doc = DOCUMENT_READER.readValue(in);
                if (doc.schemaVersion == currentVersion) { // the file may have changed since the check
                    checkStructure(doc, file.toString());
                    return doc;
                }
            } catch (IOException | CanvasFormatException e) {
                // fall through: the whole-file path reports the problem with its location
            }
        }
        return read(JsonSupport.readFile(file), file.toString());
    }

    /** {@link #startsWithCurrentVersion(byte[])} on the file's first bytes; false when they cannot be read. */
    private boolean startsWithCurrentVersion(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return false;
        }
        return startsWithCurrentVersion(head, head.length == HEAD_BYTES);
    }

    /** Reads JSON text; {@code source} names it in error messages (a file name, "clipboard"...). */
    public CanvasDocument read(String json, String source) throws CanvasFormatException {
        return read(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads UTF-8 JSON. A file that starts with the current {@code schemaVersion} (as every file this codec writes
     * does) is bound directly, without building a tree first; anything else, including every error, goes through
     * {@link #fromTree}, which migrates and gives the precise messages.
     */
    public CanvasDocument read(byte[] json, String source) throws CanvasFormatException {
        if (startsWithCurrentVersion(json)) {
            try {
                CanvasDocument doc = DOCUMENT_READER.readValue(json);
                checkStructure(doc, source);
                return doc;
            } catch (IOException | CanvasFormatException e) {
                // fall through: the tree path reports the problem with its location
            }
        }
        return fromTree(JsonSupport.parse(json, source), source);
    }

    /** True when the JSON's first field is {@code schemaVersion} with this codec's current version. */
    boolean startsWithCurrentVersion(byte[] json) {
        return startsWithCurrentVersion(json, false);
    }

    /**
     * As above; {@code truncated} when {@code json} is only the beginning of the text, in which case a version number
     * running up to its end is not trusted (it might go on: "1" of "12").
     */
    private boolean startsWithCurrentVersion(byte[] json, boolean truncated) {
        try (JsonParser p = JsonSupport.MAPPER.createParser(json)) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                && p.currentName().equals("schemaVersion") && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                && p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == currentVersion
                && !(truncated && p.currentLocation().getByteOffset() >= json.length);
        } catch (IOException e) {
            return false;
        }
    }

    /** Migrates (a copy of) a parsed tree to the current version and binds it. */
    public CanvasDocument fromTree(JsonNode tree, String source) throws CanvasFormatException {
        if (!(tree instanceof ObjectNode original)) {
            throw CanvasFormatException.structure(source, "$", "a canvas must be a JSON object");
        }
        ObjectNode root = original;
        int version = version(root, source);
        if (version > currentVersion) {
            throw CanvasFormatException.file(source, "written by a newer Rivulet (schema version " + version
                + "); this build reads schema versions up to " + currentVersion + ". Update Rivulet to open it.",
                null);
        }
        if (version < currentVersion) {
            root = original.deepCopy();
            while (version < currentVersion) {
                SchemaMigration step = migrations.get(version);
                if (step == null) {
                    throw CanvasFormatException.file(source, "schema version " + version
                        + " is no longer supported (no upgrade step from it)", null);
                }
                try {
                    step.migrate(root);
                } catch (RuntimeException e) {
                    throw CanvasFormatException.file(source, "cannot upgrade from schema version " + version + ": "
                        + e.getMessage(), e);
                }
                version++;
                root.put("schemaVersion", version);
            }
        }
        CanvasDocument doc;
        try {
            doc = DOCUMENT_READER.readValue(root);
        } catch (JsonMappingException e) {
            throw JsonSupport.bindingError(source, e);
        } catch (IOException e) {
            throw CanvasFormatException.file(source, e.getMessage(), e);
        }
        checkStructure(doc, source);
        return doc;
    }

    private static int version(ObjectNode root, String source) throws CanvasFormatException {
        JsonNode v = root.get("schemaVersion");
        if (v == null) {
            throw CanvasFormatException.structure(source, "$.schemaVersion",
                "missing; this is not a Rivulet canvas (a Streamr canvas is opened through CanvasFiles)");
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.intValue() < 1) {
            throw CanvasFormatException.structure(source, "$.schemaVersion", "expected a positive integer, found "
                + v);
        }
        return v.intValue();
    }

    /** Shapes that bind but that the rest of the program may not meet: null entries, wires without ends. */
    private static void checkStructure(CanvasDocument doc, String source) throws CanvasFormatException {
        if (doc.settings == null) {
            doc.settings = new CanvasSettings();
        }
        if (doc.ui == null) {
            doc.ui = new CanvasLayout();
        }
        if (doc.modules == null) {
            throw CanvasFormatException.structure(source, "$.modules", "must be an array");
        }
        if (doc.connections == null) {
            throw CanvasFormatException.structure(source, "$.connections", "must be an array");
        }
        // paths are spelled out only for the element at fault: a large canvas is checked on every load
        for (int i = 0; i < doc.modules.size(); i++) {
            ModuleNode m = doc.modules.get(i);
            if (m == null) {
                throw CanvasFormatException.structure(source, "$.modules[" + i + "]", "null instead of a module");
            }
            checkPorts(m.params, i, "params", source);
            checkPorts(m.inputs, i, "inputs", source);
            checkPorts(m.outputs, i, "outputs", source);
            if (m.options == null) {
                throw CanvasFormatException.structure(source, "$.modules[" + i + "].options", "must be an object");
            }
        }
        for (int i = 0; i < doc.connections.size(); i++) {
            ConnectionNode c = doc.connections.get(i);
            if (c == null) {
                throw CanvasFormatException.structure(source, "$.connections[" + i + "]", "null instead of a connection");
            }
            checkRef(c.from, i, "from", source);
            checkRef(c.to, i, "to", source);
        }
        if (doc.ui.modules == null) {
            throw CanvasFormatException.structure(source, "$.ui.modules", "must be an object");
        }
        for (Map.Entry<String, CanvasLayout.ModuleLayout> e : doc.ui.modules.entrySet()) {
            if (e.getValue() == null) {
                throw CanvasFormatException.structure(source, "$.ui.modules." + e.getKey(), "null instead of a layout");
            }
        }
    }

    private static void checkPorts(List<PortNode> ports, int module, String kind, String source)
        throws CanvasFormatException {
        if (ports == null) {
            throw CanvasFormatException.structure(source, "$.modules[" + module + "]." + kind, "must be an array");
        }
        for (int i = 0; i < ports.size(); i++) {
            PortNode p = ports.get(i);
            if (p == null || p.name == null) {
                String path = "$.modules[" + module + "]." + kind + "[" + i + "]";
                throw CanvasFormatException.structure(source, path + (p == null ? "" : ".name"),
                    p == null ? "null instead of a port" : "missing");
            }
        }
    }

    private static void checkRef(ConnectionNode.PortRef ref, int connection, String end, String source)
        throws CanvasFormatException {
        if (ref == null) {
            throw CanvasFormatException.structure(source, "$.connections[" + connection + "]." + end, "missing");
        }
        if (ref.port == null) {
            throw CanvasFormatException.structure(source, "$.connections[" + connection + "]." + end + ".port",
                "missing");
        }
    }

    /** The document as pretty-printed JSON text, ending with a newline. */
    public String write(CanvasDocument doc) {
        try {
            return JsonSupport.PRETTY.writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise canvas: " + e.getMessage(), e);
        }
    }

    /** Writes the document to a file (UTF-8), through a temporary file so a failed save never truncates it. */
    public void write(CanvasDocument doc, Path file) throws IOException {
        // streamed into the temporary file: no copy of the whole text in memory (megabytes for a large canvas)
        writeAtomically(file, out -> {
            JsonSupport.PRETTY_OPEN.writeValue(out, doc);
            out.write('\n');
        });
    }

    /** The document as a JSON tree (what {@link #write(CanvasDocument)} prints). */
    public ObjectNode toTree(CanvasDocument doc) {
        return JsonSupport.MAPPER.valueToTree(doc);
    }

    /** Writes UTF-8 bytes (plus a final newline if asked) through a temporary file in the same folder. */
    static void writeAtomically(Path file, byte[] bytes, boolean finalNewline) throws IOException {
        writeAtomically(file, out -> {
            out.write(bytes);
            if (finalNewline) {
                out.write('\n');
            }
        });
    }

    /** Writes what {@code content} produces through a temporary file in the same folder, then moves it in place. */
    static void writeAtomically(Path file, FileContent content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Produces a file's bytes. */
    @FunctionalInterface
    interface FileContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }
}
