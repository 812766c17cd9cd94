package dev.rivulet.runtime.store;

import dev.rivulet.core.CustomCodePolicy;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.modules.custom.CustomCodeUnits;
import dev.rivulet.modules.custom.CustomCodeUnits.CodeUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's trust in custom code, kept in {@code workspace.db}. Custom code (JavaModule) runs with all the rights of
 * the application, so it may run only when the user wrote it here ({@link #markCreated}) or explicitly trusted it
 * ({@link #markTrusted}). Trust is recorded per source text, by its SHA-256: a canvas is trusted when every JavaModule
 * in it and in its sub-canvases has trusted code. Moving modules, changing parameters or renaming keeps trust; any
 * change to the code itself made outside the editor (an edited file, an imported canvas) needs trust again. A canvas
 * opened from a file starts untrusted unless all of its code is already known.
 *
 * <p>Usage: {@code CanvasTrust trust = new CanvasTrust(dbs.workspace(), registry, Clock.systemUTC());
 * engine = new EmbeddedEngine(registry.withCustomCodePolicy(trust));}
 */
public final class CanvasTrust implements CustomCodePolicy {
    /** How a source came to be trusted. */
    public enum Origin { CREATED, TRUSTED }

    /** One trusted source. */
    public record Entry(String sha256, Origin origin, Instant recorded, String canvasName, String module) {
    }

    private final SqliteDatabase workspace;
    private final ModuleRegistry registry;
    private final Clock clock;

    /** @param registry finds JavaModules and, through its canvas resolver, sub-canvases */
    public CanvasTrust(SqliteDatabase workspace, ModuleRegistry registry, Clock clock) {
        this.workspace = workspace;
        this.registry = registry;
        this.clock = clock;
    }

    /** Records the canvas's code as written by the user (the editor calls this when code is typed or pasted). */
    public List<CodeUnit> markCreated(CanvasDocument doc) {
        return record(doc, Origin.CREATED);
    }

    /** Records the canvas's code as explicitly trusted by the user; returns the units that were not trusted before. */
    public List<CodeUnit> markTrusted(CanvasDocument doc) {
        return record(doc, Origin.TRUSTED);
    }

    /** True when the canvas has no custom code, or all of it is trusted. */
    public boolean isTrusted(CanvasDocument doc) {
        return untrusted(doc).isEmpty();
    }

    /** The JavaModules (of the canvas and its sub-canvases) whose code is not trusted, in document order. */
    public List<CodeUnit> untrusted(CanvasDocument doc) {
        List<CodeUnit> result = new ArrayList<>();
        for (CodeUnit u : CustomCodeUnits.of(doc, registry)) {
            if (!mayRun(u.sha256())) {
                result.add(u);
            }
        }
        return result;
    }

    @Override
    public boolean mayRun(String sha256) {
        return entry(sha256).isPresent();
    }

    /** The trust record of one source, if any. */
    public Optional<Entry> entry(String sha256) {
        try (Connection c = workspace.connect();
             PreparedStatement s = c.prepareStatement("SELECT origin, recorded, canvas_name, module"
                 + " FROM custom_code_trust WHERE code_sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(sha256, Origin.valueOf(r.getString(1).toUpperCase(Locale.ROOT)),
                    Instant.ofEpochMilli(r.getLong(2)), r.getString(3), r.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read trust records from " + workspace.file() + ": "
                + e.getMessage(), e);
        }
    }

    /** Forgets the trust in one source (its code will not run again until trusted). */
    public boolean revoke(String sha256) {
        try (Connection c = workspace.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM custom_code_trust WHERE code_sha256 = ?")) {
            s.setString(1, sha256);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update trust records in " + workspace.file() + ": "
                + e.getMessage(), e);
        }
    }

    private List<CodeUnit> record(CanvasDocument doc, Origin origin) {
        List<CodeUnit> added = new ArrayList<>();
        List<CodeUnit> units = CustomCodeUnits.of(doc, registry);
        if (units.isEmpty()) {
            return added;
        }
        // an existing record is kept as it is: 'created' is never downgraded to 'trusted', nor the first time lost
        try (Connection c = workspace.connect();
             PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO custom_code_trust"
                 + " (code_sha256, origin, recorded, canvas_id, canvas_name, module) VALUES (?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            long now = clock.millis();
            for (CodeUnit u : units) {
                s.setString(1, u.sha256());
                s.setString(2, origin.name().toLowerCase(Locale.ROOT));
                s.setLong(3, now);
                s.setString(4, doc.id);
                s.setString(5, doc.name);
                s.setString(6, u.where());
                if (s.executeUpdate() > 0) {
                    added.add(u);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record trust in " + workspace.file() + ": " + e.getMessage(), e);
        }
        return added;
    }
}
