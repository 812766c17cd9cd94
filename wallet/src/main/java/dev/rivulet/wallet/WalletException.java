package dev.rivulet.wallet;

/** Base of the wallet's errors. Messages describe what went wrong and never contain a key, a recovery phrase or a password. */
public class WalletException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WalletException(String message) {
        super(message);
    }

    public WalletException(String message, Throwable cause) {
        super(message, cause);
    }
}
