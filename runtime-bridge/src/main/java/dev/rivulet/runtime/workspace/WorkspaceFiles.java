package dev.rivulet.runtime.workspace;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Exchange between the workspace and files: imports a native or Streamr canvas JSON file as a new canvas (the format
 * is detected from the content), exports a canvas to a file in either format. A file that does not read imports
 * nothing: the {@link CanvasFormatException} says where and why.
 *
 * <p>Usage:
 * <pre>{@code
 * WorkspaceFiles files = new WorkspaceFiles(repository, new CanvasFiles(registry));
 * Imported imported = files.importFile(Path.of("alerts.json"));
 * files.export(imported.canvas().id(), Path.of("out.json"), CanvasFormat.STREAMR);
 * }</pre>
 */
public final class WorkspaceFiles {
    private final CanvasRepository repository;
    private final CanvasFiles files;

    /** An imported canvas, the format its file was in, and what the import could not carry over. */
    public record Imported(CanvasSummary canvas, CanvasFormat format, List<String> problems) {
        public Imported {
            problems = List.copyOf(problems);
        }
    }

    public WorkspaceFiles(CanvasRepository repository, CanvasFiles files) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.files = Objects.requireNonNull(files, "files");
    }

    public Imported importFile(Path file) throws CanvasFormatException {
        CanvasFiles.Loaded loaded = files.read(file);
        CanvasDocument doc = loaded.document();
        String name = doc.name != null && !doc.name.isBlank() ? doc.name : baseName(file);
        CanvasSummary canvas = repository.create(name, doc, VersionKind.IMPORT,
            "imported from " + file.getFileName() + " (" + loaded.format().name().toLowerCase(java.util.Locale.ROOT)
                + "): ");
        return new Imported(canvas, loaded.format(), loaded.problems());
    }

    /** Writes the canvas's current content (journaled edits included); returns what the format could not express. */
    public List<String> export(String canvasId, Path file, CanvasFormat format) throws IOException {
        return files.save(repository.read(canvasId).document(), file, format);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
