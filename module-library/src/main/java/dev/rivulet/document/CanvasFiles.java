package dev.rivulet.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens and saves canvas files in either format. The format is detected from the content, not the file name: native
 * when the top level has {@code schemaVersion}, Streamr when it has a {@code modules} array of modules with numeric
 * ids.
 *
 * <p>Usage: {@code CanvasFiles files = new CanvasFiles(registry); CanvasDocument doc = files.load(path);
 * files.save(doc, out, CanvasFormat.STREAMR);}
 */
public final class CanvasFiles {
    private final NativeCodec nativeCodec;
    private final StreamrCodec streamrCodec;

    public CanvasFiles(NativeCodec nativeCodec, StreamrCodec streamrCodec) {
        this.nativeCodec = nativeCodec;
        this.streamrCodec = streamrCodec;
    }

    public CanvasFiles(ModuleCatalog catalog) {
        this(new NativeCodec(), new StreamrCodec(catalog));
    }

    /**
     * A loaded canvas with the format it was in and what the import reported (dangling Streamr connections...).
     *
     * @param problems unmodifiable; empty for native files
     */
    public record Loaded(CanvasDocument document, CanvasFormat format, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** The native document in a file of either format. */
    public CanvasDocument load(Path file) throws CanvasFormatException {
        return read(file).document();
    }

    public Loaded read(Path file) throws CanvasFormatException {
        String source = file.toString();
        byte[] bytes = JsonSupport.readFile(file);
        if (nativeCodec.startsWithCurrentVersion(bytes)) {
            return new Loaded(nativeCodec.read(bytes, source), CanvasFormat.NATIVE, List.of());
        }
        JsonNode root = JsonSupport.parse(bytes, source);
        CanvasFormat format = detect(root, source);
        if (format == CanvasFormat.NATIVE) {
            return new Loaded(nativeCodec.fromTree(root, source), format, List.of());
        }
        List<String> problems = new ArrayList<>();
        CanvasDocument doc = streamrCodec.fromTree(root, source, problems);
        return new Loaded(doc, format, problems);
    }

    /** The format of a parsed file. */
    public static CanvasFormat detect(JsonNode root, String source) throws CanvasFormatException {
        if (root == null || !root.isObject()) {
            throw CanvasFormatException.structure(source, "$", "a canvas must be a JSON object");
        }
        if (root.has("schemaVersion")) {
            return CanvasFormat.NATIVE;
        }
        if (StreamrCodec.looksLikeStreamr(root)) {
            return CanvasFormat.STREAMR;
        }
        throw CanvasFormatException.file(source, "not a canvas: it has neither a schemaVersion (Rivulet) nor a "
            + "modules array with numeric module ids (Streamr)", null);
    }

    /**
     * Saves in the given format. Returns what could not be expressed (Streamr export only: types without a Streamr
     * id, second connections into one input); the file is written regardless.
     */
    public List<String> save(CanvasDocument doc, Path file, CanvasFormat format) throws IOException {
        if (format == CanvasFormat.NATIVE) {
            nativeCodec.write(doc, file);
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        streamrCodec.write(doc, file, problems);
        return List.copyOf(problems);
    }
}
