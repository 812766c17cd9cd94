package dev.rivulet.runtime.streams.transport;

/** Told when a transport's {@link ConnectionState} changes. Usage: {@code (state, detail) -> statusBar.show(state)} */
@FunctionalInterface
public interface ConnectionListener {
    /**
     * @param detail why, for people (e.g. "connection refused"), or "" when there is nothing to add
     */
    void stateChanged(ConnectionState state, String detail);
}
