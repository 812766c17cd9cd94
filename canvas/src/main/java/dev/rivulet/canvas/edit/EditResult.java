package dev.rivulet.canvas.edit;

/**
 * The outcome of an edit request: done (one command on the undo stack), or refused with a reason for the user.
 *
 * <p>Usage: {@code EditResult r = session.connect(a, "out", b, "in"); if (!r.done()) showMessage(r.reason());}
 */
public record EditResult(boolean done, String reason) {

    public static EditResult ok() {
        return new EditResult(true, null);
    }

    public static EditResult refused(String reason) {
        return new EditResult(false, reason);
    }
}
