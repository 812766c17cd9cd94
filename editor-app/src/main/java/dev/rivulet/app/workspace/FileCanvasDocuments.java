package dev.rivulet.app.workspace;

import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Canvases kept in files: Save writes the file a canvas came from (native JSON); a canvas without one needs Save As.
 * Stands in until the workspace store takes over (see {@link CanvasDocuments}).
 *
 * <p>Usage: {@code new FileCanvasDocuments(new CanvasFiles(registry))}.
 */
public final class FileCanvasDocuments implements CanvasDocuments {
    private final CanvasFiles files;

    public FileCanvasDocuments(CanvasFiles files) {
        this.files = files;
    }

    @Override
    public SaveOutcome save(OpenCanvas canvas) throws IOException {
        Path file = canvas.file().get();
        if (file == null) {
            return SaveOutcome.NEEDS_LOCATION;
        }
        files.save(canvas.session().document(), file, CanvasFormat.NATIVE);
        canvas.markSaved();
        return SaveOutcome.SAVED;
    }
}
