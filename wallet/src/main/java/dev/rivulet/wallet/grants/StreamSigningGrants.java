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

    private final WalletDatabase db;
    private final Clock clock;

    public StreamSigningGrants(WalletDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void grant(String streamId, Address signer) {
        update("INSERT OR IGNORE INTO stream_signing_grants (stream_id, signer, granted_at) VALUES (?, ?, ?)",
                checked(streamId), signer, clock.millis());
    }

    public void revoke(String streamId, Address signer) {
        update("DELETE FROM stream_signing_grants WHERE stream_id = ? AND signer = ?", checked(streamId), signer, null);
    }

    /** One indexed lookup (it runs before every stream message signature). */
    public boolean isGranted(String streamId, Address signer) {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement(
                 "SELECT 1 FROM stream_signing_grants WHERE stream_id = ? AND signer = ?")) {
            s.setString(1, streamId);
            s.setString(2, signer.lowerCase());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
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
