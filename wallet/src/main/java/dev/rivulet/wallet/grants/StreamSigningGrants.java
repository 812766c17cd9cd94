package dev.rivulet.wallet.grants;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.history.WalletDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The user's explicit consent to sign the messages published to a stream with an account's key, one grant
 * per (stream, account), kept in {@code wallet.db}. Signing a stream message without a grant is refused.
 *
 * <p>{@code grants.grant("0xabc…/prices", me); wallet.signStreamMessage(me, "0xabc…/prices", payload);}
 */
public final class StreamSigningGrants {

    /** One grant. */
    public record Grant(String streamId, Address signer, Instant grantedAt) {
    }

    /** How long a read of the grants answers {@link #isGranted}: grants made in this process apply at once. */
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final WalletDatabase db;
    private final Clock clock;
    /** "streamId \0 lower-case signer" of every grant, with when it was read; null until the first check. */
    private volatile Snapshot snapshot;

    private record Snapshot(java.util.Set<String> keys, long readAt) {
    }

    public StreamSigningGrants(WalletDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void grant(String streamId, Address signer) {
        update("INSERT OR IGNORE INTO stream_signing_grants (stream_id, signer, granted_at) VALUES (?, ?, ?)",
                checked(streamId), signer, clock.millis());
        snapshot = null;
    }

    public void revoke(String streamId, Address signer) {
        update("DELETE FROM stream_signing_grants WHERE stream_id = ? AND signer = ?", checked(streamId), signer, null);
        snapshot = null;
    }

    /**
     * Whether the account may sign the stream's messages. It runs before every stream message signature, so it answers
     * from the grants read at most a second ago (a grant or revocation through this object applies at once; one made
     * by another process within a second).
     */
    public boolean isGranted(String streamId, Address signer) {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > FRESH_NANOS) {
            s = new Snapshot(readKeys(), now);
            snapshot = s;
        }
        return s.keys().contains(streamId + '\0' + signer.lowerCase());
    }

    private java.util.Set<String> readKeys() {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT stream_id, signer FROM stream_signing_grants");
             ResultSet r = s.executeQuery()) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            while (r.next()) {
                keys.add(r.getString(1) + '\0' + r.getString(2));
            }
            return java.util.Set.copyOf(keys);
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }

    /** Every grant, ordered by stream id. */
    public List<Grant> grants() {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT stream_id, signer, granted_at FROM stream_signing_grants ORDER BY stream_id, signer");
             ResultSet r = s.executeQuery()) {
            List<Grant> grants = new ArrayList<>();
            while (r.next()) {
                grants.add(new Grant(r.getString(1), Address.of(r.getString(2)), Instant.ofEpochMilli(r.getLong(3))));
            }
            return List.copyOf(grants);
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }

    private static String checked(String streamId) {
        Objects.requireNonNull(streamId, "streamId");
        if (streamId.isBlank()) {
            throw new IllegalArgumentException("a stream id must not be blank");
        }
        return streamId;
    }

    private void update(String sql, String streamId, Address signer, Long grantedAt) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, streamId);
            s.setString(2, signer.lowerCase());
            if (grantedAt != null) {
                s.setLong(3, grantedAt);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }
}
