package dev.rivulet.core;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.document.ModuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves sub-canvases from the canvas files ({@code *.json}, either format) in one directory, by the id each
 * document declares; a file whose document has no id is found by its file name without ".json". Files that are not
 * canvases are skipped. The directory is read once, at the first lookup; documents are shared, not copied.
 *
 * <p>Usage: {@code rivulet run top.json} resolves the canvases embedded by top.json from the files next to it:
 * {@code registry.withCanvasResolver(new DirectoryCanvasResolver(file.getParent(), registry))}.
 */
public final class DirectoryCanvasResolver implements CanvasResolver {
    private final Path directory;
    private final CanvasFiles files;
    private Map<String, CanvasDocument> byId;

    public DirectoryCanvasResolver(Path directory, ModuleCatalog catalog) {
        this.directory = directory;
        this.files = new CanvasFiles(catalog);
    }

    @Override
    public synchronized Optional<CanvasDocument> resolve(String canvasId) {
        if (canvasId == null || canvasId.isEmpty()) {
            return Optional.empty();
        }
        if (byId == null) {
            byId = scan();
        }
        return Optional.ofNullable(byId.get(canvasId));
    }

    private Map<String, CanvasDocument> scan() {
        Map<String, CanvasDocument> found = new HashMap<>();
        Map<String, CanvasDocument> byFileName = new HashMap<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return found;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(directory)) {
            for (Path p : dir) {
                String file = p.getFileName().toString();
                if (!file.toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(p)) {
                    continue;
                }
                CanvasDocument doc;
                try {
                    doc = files.load(p);
                } catch (CanvasFormatException | RuntimeException e) {
                    continue; // not a canvas (or unreadable): cannot be a sub-canvas
                }
                if (doc.id != null && !doc.id.isEmpty()) {
                    found.putIfAbsent(doc.id, doc);
                } else {
                    byFileName.put(file.substring(0, file.length() - ".json".length()), doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list canvases in " + directory + ": " + e.getMessage(), e);
        }
        byFileName.forEach(found::putIfAbsent);
        return found;
    }
}
