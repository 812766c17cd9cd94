package dev.rivulet.wallet;

/** A running canvas asked to sign beyond (or without) its spending allowance; nothing was signed. */
public class SpendingDeniedException extends TransactionRejectedException {

    private static final long serialVersionUID = 1L;

    public SpendingDeniedException(String message) {
        super(message);
    }
}
