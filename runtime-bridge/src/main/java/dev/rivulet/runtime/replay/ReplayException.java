package dev.rivulet.runtime.replay;

/** Bad replay input (missing file, malformed CSV, unknown stream); the message names the file and place. */
public class ReplayException extends RuntimeException {
    public ReplayException(String message) {
        super(message);
    }
}
