package dev.rivulet.runtime.streams.history;

import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes batches of messages into the history over one connection, each batch in one transaction. A message whose id
 * is already stored is skipped (so importing the same file twice adds nothing). Not thread-safe: one per writer.
 *
 * <p>Usage: {@code try (BatchWriter w = history.batchWriter()) { w.append(messages); }}
 */
public final class BatchWriter implements AutoCloseable {
    private final HistoryStore store;
    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement insertSigned;
    private final ContentCodec codec = new ContentCodec();
    private final Map<String, Long> chains = new HashMap<>();
    private String lastPublisher;
    private String lastChainId;
    private long lastChain;

    BatchWriter(HistoryStore store, Connection connection) throws SQLException {
        this.store = store;
        this.connection = connection;
        connection.setAutoCommit(false);
        // unsigned messages (the common case for now) skip binding two NULLs: each bind is a native call
        insert = connection.prepareStatement("INSERT OR IGNORE INTO messages (stream_num, partition, ts, seq, chain,"
            + " content) VALUES (?, ?, ?, ?, ?, ?)");
        insertSigned = connection.prepareStatement("INSERT OR IGNORE INTO messages (stream_num, partition, ts, seq,"
            + " chain, content, signature_type, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Appends the messages in one transaction; all or nothing.
     *
     * @return how many were new (duplicates of stored message ids are skipped)
     * @throws StreamException for an unknown stream, a partition out of range, or a storage failure
     */
    public int append(List<StreamMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        int signed = 0;
        try {
            for (StreamMessage m : messages) {
                StoredStream s = store.stored(m.streamId());
                if (m.partition() >= s.definition().partitions()) {
                    throw new StreamException("stream " + m.streamId() + " has " + s.definition().partitions()
                        + " partition(s); partition " + m.partition() + " does not exist");
                }
                PreparedStatement ps = m.signature() == null ? insert : insertSigned;
                ps.setLong(1, s.num());
                ps.setInt(2, m.partition());
                ps.setLong(3, m.timestamp());
                ps.setLong(4, m.sequence());
                ps.setLong(5, chain(m.publisherId(), m.chainId()));
                ps.setBytes(6, codec.encode(m.content(), s.definition().schemaVersion(), s.indexByName()));
                if (m.signature() != null) {
                    ps.setString(7, m.signature().type());
                    ps.setString(8, m.signature().value());
                    signed++;
                }
                ps.addBatch();
            }
            int added = 0;
            for (int n : insert.executeBatch()) {
                added += Math.max(n, 0);
            }
            if (signed > 0) {
                for (int n : insertSigned.executeBatch()) {
                    added += Math.max(n, 0);
                }
            }
            connection.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof StreamException se) {
                throw se;
            }
            throw new StreamException("cannot store " + messages.size() + " message(s): " + e.getMessage(), e);
        }
    }

    private long chain(String publisher, String chainId) throws SQLException {
        // a batch usually comes from one chain: skip building the key for it
        if (publisher.equals(lastPublisher) && chainId.equals(lastChainId)) {
            return lastChain;
        }
        lastPublisher = publisher;
        lastChainId = chainId;
        lastChain = chainNum(publisher, chainId);
        return lastChain;
    }

    private long chainNum(String publisher, String chainId) throws SQLException {
        String key = publisher + '\u0000' + chainId;
        Long num = chains.get(key);
        if (num == null) {
            try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO message_chains (publisher, msg_chain) VALUES (?, ?)")) {
                ps.setString(1, publisher);
                ps.setString(2, chainId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                "SELECT num FROM message_chains WHERE publisher = ? AND msg_chain = ?")) {
                ps.setString(1, publisher);
                ps.setString(2, chainId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    num = rs.getLong(1);
                }
            }
            // a failed batch rolls this row back too; rollback() then empties the cache, so no stale number stays
            chains.put(key, num);
        }
        return num;
    }

    private void rollback() {
        try {
            insert.clearBatch();
            insertSigned.clearBatch();
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the caller sees the original failure
        }
        chains.clear();
        lastPublisher = null;
        lastChainId = null;
    }

    @Override
    public void close() {
        try {
            insert.close();
            insertSigned.close();
            connection.close();
        } catch (SQLException e) {
            throw new StreamException("cannot close the history writer: " + e.getMessage(), e);
        }
    }
}
