package dev.rivulet.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one Jackson configuration both canvas codecs share: a thread-safe mapper (created once; mappers are costly),
 * a deterministic pretty printer ("key": value, two-space indent, "\n" line ends) and error translation into
 * {@link CanvasFormatException}.
 */
final class JsonSupport {
    static final ObjectMapper MAPPER = settings(JsonMapper.builder()).addModule(NodeSerializers.module()).build();

    static final ObjectWriter PRETTY = MAPPER.writer(new CanvasPrettyPrinter());

    /** {@link #PRETTY} into a stream it leaves open (the caller adds a final newline, then closes it). */
    static final ObjectWriter PRETTY_OPEN = PRETTY.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonSupport() {
    }

    /**
     * The mapper's settings without {@link NodeSerializers}: what the annotations alone make Jackson read and write,
     * which the hand-written serializers are tested against.
     */
    static JsonMapper.Builder settings(JsonMapper.Builder builder) {
        return builder
            // exactly the doubles Double.parseDouble gives, in a fraction of the time (a canvas is mostly numbers)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    static byte[] readFile(Path file) throws CanvasFormatException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CanvasFormatException.file(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw CanvasFormatException.file(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses JSON text, reporting malformed input with its line and column. */
    static JsonNode parse(byte[] json, String source) throws CanvasFormatException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw CanvasFormatException.file(source, "the file is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int column = loc == null ? -1 : loc.getColumnNr();
            throw CanvasFormatException.syntax(source, line, column, firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw CanvasFormatException.file(source, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Translates a binding error into a structural one located by JSON path. */
    static CanvasFormatException bindingError(String source, JsonMappingException e) {
        return CanvasFormatException.structure(source, path(e), firstLine(e.getOriginalMessage()));
    }

    /** "$.modules[2].hash" for Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid content";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
