package dev.rivulet.runtime.streams;

import java.util.List;

/**
 * Refuses to delete a stream that canvases still use; {@link #usages()} names them so the UI can ask the user and
 * then delete with {@code force}.
 */
public final class StreamInUseException extends StreamException {
    private final transient List<String> usages;

    public StreamInUseException(StreamId id, List<String> usages) {
        super("stream " + id + " is used by " + String.join(", ", usages));
        this.usages = List.copyOf(usages);
    }

    public List<String> usages() {
        return usages;
    }
}
