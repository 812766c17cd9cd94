package dev.rivulet.core;

import dev.rivulet.document.CanvasDocument;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds saved canvases by id, for the modules that embed one (Canvas, ForEach, ForEachItem). A registry carries one
 * ({@link ModuleRegistry#withCanvasResolver}), so that sub-canvases are available while modules are configured
 * (their ports are the sub-canvas's exported endpoints), validated and run.
 *
 * <p>Usage: {@code registry.withCanvasResolver(new DirectoryCanvasResolver(dir, registry))} or, in tests,
 * {@code CanvasResolver.of(subCanvasDoc)}.
 */
@FunctionalInterface
public interface CanvasResolver {
    /** Resolves nothing: a registry without sub-canvases. */
    CanvasResolver NONE = id -> Optional.empty();

    /**
     * The canvas with the given id (the document's {@code id} field). Callers must not change the returned document;
     * implementations may hand out the same instance repeatedly.
     */
    Optional<CanvasDocument> resolve(String canvasId);

    /** A fixed set of canvases, by their ids (documents without an id are ignored). */
    static CanvasResolver of(Collection<CanvasDocument> canvases) {
        Map<String, CanvasDocument> byId = new LinkedHashMap<>();
        for (CanvasDocument d : canvases) {
            if (d.id != null) {
                byId.put(d.id, d);
            }
        }
        return id -> Optional.ofNullable(id == null ? null : byId.get(id));
    }

    static CanvasResolver of(CanvasDocument... canvases) {
        return of(java.util.List.of(canvases));
    }
}
