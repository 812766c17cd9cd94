package dev.rivulet.wallet.history;

/** Where a sent transaction stands: pending until mined (confirmed or failed) or given up on (dropped). */
public enum TransactionStatus {
    PENDING, CONFIRMED, FAILED, DROPPED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
