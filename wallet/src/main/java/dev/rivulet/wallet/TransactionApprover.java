package dev.rivulet.wallet;

/**
 * Decides whether a prepared transaction may be signed and sent. The app passes one that shows the
 * confirmation dialog; tests and the local devnet may approve automatically. Called off the FX thread;
 * an implementation that shows UI must hop to it and wait.
 *
 * <p>{@code TransactionApprover approver = tx -> dialog.confirm(tx);}
 */
@FunctionalInterface
public interface TransactionApprover {

    /** True to sign and send {@code transaction}; false throws {@link TransactionRejectedException} in the sender. */
    boolean approve(PreparedTransaction transaction);

    /** Approves everything: for tests and an opted-in local devnet only. */
    static TransactionApprover approveAll() {
        return tx -> true;
    }
}
