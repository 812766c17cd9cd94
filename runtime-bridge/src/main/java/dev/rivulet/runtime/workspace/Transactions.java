package dev.rivulet.runtime.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in a {@code BEGIN IMMEDIATE} transaction: the write lock is taken up front, so a transaction that reads
 * and then writes never fails half-way because the journal writer committed in between (it waits, up to the busy
 * timeout, instead).
 */
final class Transactions {
    private Transactions() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T immediate(Connection c, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        boolean done = false;
        try {
            T result = work.run(c);
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            done = true;
            return result;
        } finally {
            if (!done) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }
}
