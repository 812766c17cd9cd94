package dev.rivulet.wallet.confirm;

import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.history.WalletDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The wallet's settings, kept in the {@code settings} table of {@code wallet.db}.
 *
 * <p>{@code new WalletSettings(db).setAutoApproveLocalDevnet(true);}
 */
public final class WalletSettings {

    static final String AUTO_APPROVE_LOCAL_DEVNET = "autoApproveLocalDevnet";

    private final WalletDatabase db;

    public WalletSettings(WalletDatabase db) {
        this.db = db;
    }

    /** Whether transactions on the local devnet (chain 31337 on a loopback URL) skip the confirmation dialog. */
    public boolean autoApproveLocalDevnet() {
        return get(AUTO_APPROVE_LOCAL_DEVNET).map(Boolean::parseBoolean).orElse(false);
    }

    public void setAutoApproveLocalDevnet(boolean enabled) {
        put(AUTO_APPROVE_LOCAL_DEVNET, Boolean.toString(enabled));
    }

    public Optional<String> get(String name) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }

    public void put(String name, String value) {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }
}
