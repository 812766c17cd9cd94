package dev.rivulet.runtime.workspace;

import dev.rivulet.document.CanvasDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * A canvas as the editor opens it: the last saved document with every journaled edit since then applied.
 * {@code recoveredEdits > 0} means the editor did not save before it stopped (a crash, a kill): tell the user.
 *
 * <p>Usage: {@code OpenedCanvas c = repository.open(id); if (c.recovered()) notify(c.recoveryMessage());}
 *
 * @param recoveredEdits journal batches applied on top of the saved document
 * @param lastEdit time of the last recovered batch, or null when none
 */
public record OpenedCanvas(CanvasSummary summary, CanvasDocument document, int recoveredEdits, Instant lastEdit) {
    public OpenedCanvas {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(document, "document");
    }

    public boolean recovered() {
        return recoveredEdits > 0;
    }

    /** What to tell the user after a recovery. */
    public String recoveryMessage() {
        return recovered()
            ? "Recovered unsaved edits to \"" + summary.name() + "\" made up to " + lastEdit + " (" + recoveredEdits
                + " journal " + (recoveredEdits == 1 ? "entry" : "entries") + ")."
            : "";
    }
}
