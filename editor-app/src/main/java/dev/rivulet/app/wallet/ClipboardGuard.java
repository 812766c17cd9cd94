package dev.rivulet.app.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Puts secrets on the clipboard only on an explicit Copy and takes them off again after 30 s (or at once on
 * lock and exit). It remembers a hash of the secret, not the secret, and clears the clipboard only if it
 * still holds that secret, so whatever the user copied since is left alone. Someone calls {@link #tick()}
 * regularly (the wallet view, once a second); the clock is injected so tests move time by hand.
 *
 * <p>{@code guard.copySecret(key); ... guard.tick(); // clears once 30 s have passed}
 */
public final class ClipboardGuard {

    public static final Duration CLEAR_AFTER = Duration.ofSeconds(30);

    private final ClipboardPort clipboard;
    private final Clock clock;
    private byte[] secretHash;
    private Instant clearAt;

    public ClipboardGuard(ClipboardPort clipboard, Clock clock) {
        this.clipboard = clipboard;
        this.clock = clock;
    }

    /** Copies a secret; it is cleared after {@link #CLEAR_AFTER}. */
    public synchronized void copySecret(String secret) {
        clipboard.putText(secret);
        secretHash = hash(secret);
        clearAt = clock.instant().plus(CLEAR_AFTER);
    }

    /** Copies something public (an address); an earlier secret is replaced by it and need not be cleared. */
    public synchronized void copyPublic(String text) {
        clipboard.putText(text);
        secretHash = null;
        clearAt = null;
    }

    /** When the current secret will be cleared, if one is on the clipboard. */
    public synchronized Optional<Instant> clearsAt() {
        return Optional.ofNullable(clearAt);
    }

    /** Clears the secret if its time is up. */
    public synchronized void tick() {
        if (clearAt != null && !clock.instant().isBefore(clearAt)) {
            clearNow();
        }
    }

    /** Clears the secret now (lock, exit), if the clipboard still holds it. */
    public synchronized void clearNow() {
        if (secretHash != null && clipboard.text().map(t -> Arrays.equals(hash(t), secretHash)).orElse(false)) {
            clipboard.clear();
        }
        secretHash = null;
        clearAt = null;
    }

    private static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
