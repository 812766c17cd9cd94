package dev.rivulet.runtime.streams.signing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-stream tallies of received messages by {@link Verdict}, and the reason of the last rejection, so that rejected
 * messages are visible (in the Streams pane and run notices) instead of silently dropped. Thread-safe.
 *
 * <p>Usage: {@code counts.rejected() > 0 ? counts.lastRejection() : ""}
 */
public final class SignatureCounts {
    private final AtomicLong verified = new AtomicLong();
    private final AtomicLong unsigned = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile String lastRejection = "";

    void count(Verdict v) {
        if (v instanceof Verdict.Rejected r) {
            lastRejection = r.reason();
            rejected.incrementAndGet();
        } else if (v instanceof Verdict.Verified) {
            verified.incrementAndGet();
        } else {
            unsigned.incrementAndGet();
        }
    }

    public long verified() {
        return verified.get();
    }

    public long unsigned() {
        return unsigned.get();
    }

    public long rejected() {
        return rejected.get();
    }

    /** Why the last rejected message was rejected, or "". */
    public String lastRejection() {
        return lastRejection;
    }

    /** "12 verified · 3 unsigned · 1 rejected (reason)" */
    public String summary() {
        String s = verified() + " verified · " + unsigned() + " unsigned · " + rejected() + " rejected";
        return rejected() == 0 ? s : s + " (last: " + lastRejection + ")";
    }
}
