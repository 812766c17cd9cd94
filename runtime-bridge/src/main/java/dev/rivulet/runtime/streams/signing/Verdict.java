package dev.rivulet.runtime.streams.signing;

/**
 * What checking a received message's signature found.
 *
 * <p>Usage: {@code if (verifier.verify(m) instanceof Verdict.Rejected r) show(r.reason());}
 */
public sealed interface Verdict {
    /** Signed by the publisher it names (an Ethereum address, lower case). */
    record Verified(String signer) implements Verdict {
    }

    /** Carries no signature: delivered, but flagged (anyone could have sent it). */
    record Unsigned() implements Verdict {
    }

    /** The signature is wrong (tampered content, another key, unknown type): not delivered, counted and shown. */
    record Rejected(String reason) implements Verdict {
    }
}
