package dev.rivulet.runtime.streams.transport;

/** Where a {@link StreamTransport} stands with its broker or node (the in-process broker is always CONNECTED). */
public enum ConnectionState { CONNECTING, CONNECTED, RECONNECTING, DISCONNECTED, CLOSED }
