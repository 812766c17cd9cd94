package dev.rivulet.canvas.edit;

import dev.rivulet.document.ConnectionNode;

/**
 * Whether an output may be wired into an input or parameter, and why not.
 *
 * @param status   ALLOWED: connect; OCCUPIED: compatible, but the input already has a connection ({@code existing}),
 *                 which only a replace may take away; REFUSED: never (see {@code reason})
 * @param reason   for people, null when allowed
 * @param existing the connection now feeding the input, when OCCUPIED
 */
public record ConnectionCheck(Status status, String reason, ConnectionNode existing) {

    /** The outcome of a check. */
    public enum Status { ALLOWED, OCCUPIED, REFUSED }

    static ConnectionCheck ok() {
        return new ConnectionCheck(Status.ALLOWED, null, null);
    }

    static ConnectionCheck occupied(String reason, ConnectionNode existing) {
        return new ConnectionCheck(Status.OCCUPIED, reason, existing);
    }

    static ConnectionCheck refused(String reason) {
        return new ConnectionCheck(Status.REFUSED, reason, null);
    }

    public boolean isAllowed() {
        return status == Status.ALLOWED;
    }

    /** True when a replace would succeed: the types fit, whether or not the input is taken. */
    public boolean isCompatible() {
        return status != Status.REFUSED;
    }
}
