package dev.rivulet.wallet.history;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TxHash;
import dev.rivulet.wallet.WalletException;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code transactions} table of {@code wallet.db}: a transaction is recorded as pending when it is
 * signed (before it is sent, so a crash in between still leaves a trace to follow up) and moves once to
 * confirmed, failed or dropped.
 *
 * <p>{@code history.forAccount(31337, me)} lists sent and received transactions, newest first.
 */
public final class TransactionHistory {

    private static final String COLUMNS = "chain_id, hash, from_address, to_address, nonce, value_wei, input_data, gas_limit,"
            + " max_fee_per_gas, summary, status, sent_at, updated_at, block_number, gas_used, effective_gas_price,"
            + " contract_address, failure_reason";

    private final WalletDatabase db;
    private final Clock clock;

    public TransactionHistory(WalletDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records a freshly signed transaction as pending. */
    public TransactionRecord recordSigned(long chainId, TxHash hash, Address from, Address to, BigInteger nonce, BigInteger value,
                                          String data, BigInteger gasLimit, BigInteger maxFeePerGas, String summary) {
        Instant now = clock.instant();
        TransactionRecord record = new TransactionRecord(chainId, hash, from, to, nonce, value, data, gasLimit, maxFeePerGas,
                summary, TransactionStatus.PENDING, now, now, null, null, null, null, null);
        update("INSERT OR REPLACE INTO transactions (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", s -> {
            s.setLong(1, chainId);
            s.setString(2, key(hash));
            s.setString(3, from.lowerCase());
            s.setString(4, to == null ? null : to.lowerCase());
            s.setString(5, nonce.toString());
            s.setString(6, value.toString());
            s.setString(7, data);
            s.setString(8, gasLimit.toString());
            s.setString(9, maxFeePerGas.toString());
            s.setString(10, summary);
            s.setString(11, TransactionStatus.PENDING.name());
            s.setLong(12, now.toEpochMilli());
            s.setLong(13, now.toEpochMilli());
            for (int i = 14; i <= 18; i++) {
                s.setNull(i, Types.VARCHAR);
            }
        });
        return record;
    }

    /** Removes a transaction the node refused: it was never sent. */
    public void forget(long chainId, TxHash hash) {
        update("DELETE FROM transactions WHERE chain_id = ? AND hash = ? AND status = 'PENDING'", s -> {
            s.setLong(1, chainId);
            s.setString(2, key(hash));
        });
    }

    /** Stores a mined transaction's outcome; returns the updated record if it was pending here. */
    public Optional<TransactionRecord> applyOutcome(long chainId, TransactionOutcome outcome) {
        TransactionStatus status = outcome.succeeded() ? TransactionStatus.CONFIRMED : TransactionStatus.FAILED;
        int changed = update("UPDATE transactions SET status = ?, updated_at = ?, block_number = ?, gas_used = ?,"
                + " effective_gas_price = ?, contract_address = ?, failure_reason = ? WHERE chain_id = ? AND hash = ? AND status = 'PENDING'", s -> {
                    s.setString(1, status.name());
                    s.setLong(2, clock.millis());
                    s.setLong(3, outcome.blockNumber());
                    s.setString(4, outcome.gasUsed().toString());
                    s.setString(5, outcome.effectiveGasPrice().toString());
                    s.setString(6, outcome.createdContract().map(Address::lowerCase).orElse(null));
                    s.setString(7, outcome.revertReason());
                    s.setLong(8, chainId);
                    s.setString(9, key(outcome.hash()));
                });
        return changed == 0 ? Optional.empty() : find(chainId, outcome.hash());
    }

    /** Marks a pending transaction as dropped with the reason; returns the updated record. */
    public Optional<TransactionRecord> markDropped(long chainId, TxHash hash, String reason) {
        int changed = update("UPDATE transactions SET status = 'DROPPED', updated_at = ?, failure_reason = ?"
                + " WHERE chain_id = ? AND hash = ? AND status = 'PENDING'", s -> {
                    s.setLong(1, clock.millis());
                    s.setString(2, reason);
                    s.setLong(3, chainId);
                    s.setString(4, key(hash));
                });
        return changed == 0 ? Optional.empty() : find(chainId, hash);
    }

    public Optional<TransactionRecord> find(long chainId, TxHash hash) {
        List<TransactionRecord> found = query("SELECT " + COLUMNS + " FROM transactions WHERE chain_id = ? AND hash = ?", s -> {
            s.setLong(1, chainId);
            s.setString(2, key(hash));
        });
        return found.stream().findFirst();
    }

    /** Transactions from or to {@code account} on the chain, newest first. */
    public List<TransactionRecord> forAccount(long chainId, Address account) {
        return query("SELECT " + COLUMNS + " FROM transactions WHERE chain_id = ? AND (from_address = ? OR to_address = ?)"
                + " ORDER BY sent_at DESC, CAST(nonce AS INTEGER) DESC", s -> {
                    s.setLong(1, chainId);
                    s.setString(2, account.lowerCase());
                    s.setString(3, account.lowerCase());
                });
    }

    /** Pending transactions on the chain, oldest first: the ones to follow up after a restart. */
    public List<TransactionRecord> pending(long chainId) {
        return query("SELECT " + COLUMNS + " FROM transactions WHERE chain_id = ? AND status = 'PENDING' ORDER BY sent_at", s -> s.setLong(1, chainId));
    }

    private static String key(TxHash hash) {
        return hash.hex().toLowerCase(java.util.Locale.ROOT);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }

    private List<TransactionRecord> query(String sql, Binder binder) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                List<TransactionRecord> records = new ArrayList<>();
                while (r.next()) {
                    records.add(read(r));
                }
                return List.copyOf(records);
            }
        } catch (SQLException e) {
            throw new WalletException("wallet.db: " + e.getMessage(), e);
        }
    }

    private static TransactionRecord read(ResultSet r) throws SQLException {
        long block = r.getLong("block_number");
        Long blockNumber = r.wasNull() ? null : block;
        return new TransactionRecord(r.getLong("chain_id"), new TxHash(r.getString("hash")), Address.of(r.getString("from_address")),
                address(r.getString("to_address")), new BigInteger(r.getString("nonce")), new BigInteger(r.getString("value_wei")),
                r.getString("input_data"), new BigInteger(r.getString("gas_limit")), new BigInteger(r.getString("max_fee_per_gas")),
                r.getString("summary"), TransactionStatus.valueOf(r.getString("status")), Instant.ofEpochMilli(r.getLong("sent_at")),
                Instant.ofEpochMilli(r.getLong("updated_at")), blockNumber, integer(r.getString("gas_used")),
                integer(r.getString("effective_gas_price")), address(r.getString("contract_address")), r.getString("failure_reason"));
    }

    private static Address address(String text) {
        return text == null ? null : Address.of(text);
    }

    private static BigInteger integer(String text) {
        return text == null ? null : new BigInteger(text);
    }
}
