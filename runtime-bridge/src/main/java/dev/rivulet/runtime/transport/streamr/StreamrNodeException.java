package dev.rivulet.runtime.transport.streamr;

/** A Streamr node refused a request or could not be reached; the message says which node, what and why. */
public class StreamrNodeException extends RuntimeException {
    private final int status;

    public StreamrNodeException(String message, int status) {
        super(message);
        this.status = status;
    }

    public StreamrNodeException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status the node answered with, or 0 when it did not answer. */
    public int status() {
        return status;
    }
}
