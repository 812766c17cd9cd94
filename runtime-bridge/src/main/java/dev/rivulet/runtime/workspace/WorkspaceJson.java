package dev.rivulet.runtime.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.document.NativeCodec;

/**
 * How the workspace stores documents and journal entries: native canvas JSON without indentation (the database is not
 * read by people, and compact rows keep the journal's writes small). Thread-safe.
 */
final class WorkspaceJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private final NativeCodec codec = new NativeCodec();

    String write(CanvasDocument doc) {
        return codec.toTree(doc).toString();
    }

    JsonNode tree(CanvasDocument doc) {
        return codec.toTree(doc);
    }

    CanvasDocument read(String json, String source) {
        try {
            return codec.read(json, source);
        } catch (CanvasFormatException e) {
            throw new WorkspaceException("stored canvas does not read: " + e.getMessage(), e);
        }
    }

    CanvasDocument fromTree(JsonNode tree, String source) {
        try {
            return codec.fromTree(tree, source);
        } catch (CanvasFormatException e) {
            throw new WorkspaceException("stored canvas does not read: " + e.getMessage(), e);
        }
    }
}
