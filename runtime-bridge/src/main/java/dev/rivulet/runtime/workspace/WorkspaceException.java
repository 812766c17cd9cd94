package dev.rivulet.runtime.workspace;

/**
 * A workspace operation that could not be done: a canvas that does not exist, a database error, a stored document
 * that no longer reads. The message says which canvas and why.
 *
 * <p>Usage: {@code try { repository.rename(id, name); } catch (WorkspaceException e) { show(e.getMessage()); }}
 */
public final class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
