package dev.rivulet.runtime.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * One canvas as the start page lists it.
 *
 * <p>Usage: {@code repository.list("", CanvasSort.UPDATED).forEach(c -> show(c.name(), c.updated()));}
 *
 * @param opened when the editor last opened it; null when never
 * @param modules how many modules its saved document has
 */
public record CanvasSummary(String id, String name, Instant created, Instant updated, Instant opened, int modules) {
    public CanvasSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
