package dev.rivulet.runtime.dashboard;

/** A dashboard could not be read or written; the message says which and why. */
public class DashboardException extends RuntimeException {
    public DashboardException(String message) {
        super(message);
    }

    public DashboardException(String message, Throwable cause) {
        super(message, cause);
    }
}
