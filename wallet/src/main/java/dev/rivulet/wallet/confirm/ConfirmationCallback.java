package dev.rivulet.wallet.confirm;

/**
 * The one place a user says yes or no to a transaction: the app's confirmation dialog. Called off the
 * FX thread; an implementation showing UI hops to it and blocks until the user answers.
 *
 * <p>{@code ConfirmationCallback callback = confirmation -> dialog.showAndWait(confirmation);}
 */
@FunctionalInterface
public interface ConfirmationCallback {

    /** True to sign and send; false rejects and nothing is signed. */
    boolean confirm(TransactionConfirmation confirmation);
}
