package dev.rivulet.runtime.transport.streamr;

/** The state of a connection to a Streamr node, as shown to the user. */
public enum ConnectionState {
    CONNECTING,
    CONNECTED,
    /** Dropped; trying again with back-off. Subscriptions resume and queued publishes are sent on reconnect. */
    RECONNECTING,
    /** Refused for good (wrong or missing API key, unknown stream): no retry until the settings change. */
    FAILED,
    CLOSED
}
