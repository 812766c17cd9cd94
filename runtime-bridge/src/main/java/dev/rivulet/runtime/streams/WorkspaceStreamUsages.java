package dev.rivulet.runtime.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.store.SqliteDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the canvases in {@code workspace.db} with a module whose {@code stream} parameter names the stream (Stream,
 * SendToStream and the like). A text search narrows the rows; each candidate document is then parsed to be sure.
 *
 * <p>Usage: {@code new WorkspaceStreamUsages(databases.workspace()).usages(id)}
 */
public final class WorkspaceStreamUsages implements StreamUsages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SqliteDatabase workspace;

    public WorkspaceStreamUsages(SqliteDatabase workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<String> usages(StreamId id) {
        String text = id.toString();
        List<String> found = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                 "SELECT id, name, document FROM canvases WHERE instr(lower(document), lower(?)) > 0 ORDER BY name")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (mentions(JSON.readTree(rs.getString(3)), text)) {
                        found.add("canvas \"" + rs.getString(2) + "\" (" + rs.getString(1) + ")");
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new StreamException("cannot check which canvases use stream " + id + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** True when some object in the tree is a {@code stream} parameter whose value is the id. */
    static boolean mentions(JsonNode node, String id) {
        if (node.isObject()) {
            JsonNode name = node.get("name");
            JsonNode value = node.get("value");
            if (name != null && "stream".equals(name.asText()) && value != null && value.isTextual()
                && sameId(value.asText(), id)) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (mentions(child, id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameId(String value, String id) {
        try {
            return StreamId.parse(value).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
