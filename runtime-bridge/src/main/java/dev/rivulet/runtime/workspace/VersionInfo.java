package dev.rivulet.runtime.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a canvas's version history: its number (1, 2, ...), when it was made, by what, and a short summary of
 * what changed since the version before ("added 2 modules (Add, Table), removed 1 connection").
 *
 * <p>Usage: {@code history.versions(id).forEach(v -> row(v.version(), v.created(), v.summary()));}
 */
public record VersionInfo(String canvasId, int version, Instant created, VersionKind kind, String summary) {
    public VersionInfo {
        Objects.requireNonNull(canvasId, "canvasId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
    }
}
