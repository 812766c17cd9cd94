package dev.rivulet.runtime.streams.transport;

/**
 * Where a stream's transport stands, for people: connection state with its reason, and the offline queue (messages
 * published while the broker or node is unreachable wait there, up to {@code maxQueued}; beyond that publishing
 * fails with a clear error).
 *
 * <p>Usage: {@code statusLabel.setText(pool.status(choice).describe());}
 *
 * @param maxQueued the offline queue's bound, 0 for a transport that never queues (in-process)
 */
public record TransportStatus(String transport, ConnectionState state, String detail, int queued, int maxQueued) {
    public TransportStatus {
        detail = detail == null ? "" : detail;
    }

    /** "mqtt://127.0.0.1:1883: RECONNECTING (connection refused) · 12 of 10000 queued" */
    public String describe() {
        String s = transport + ": " + state.name().toLowerCase(java.util.Locale.ROOT)
            + (detail.isEmpty() ? "" : " (" + detail + ")");
        return maxQueued == 0 ? s : s + " · " + queued + " of " + maxQueued + " queued while offline";
    }
}
