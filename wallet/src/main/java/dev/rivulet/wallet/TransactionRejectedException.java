package dev.rivulet.wallet;

/** The user (or the approval policy) declined a transaction; nothing was signed or sent. */
public class TransactionRejectedException extends WalletException {

    private static final long serialVersionUID = 1L;

    public TransactionRejectedException(String message) {
        super(message);
    }

    public TransactionRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
