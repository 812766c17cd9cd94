package dev.rivulet.wallet;

/** The address is not one of this wallet's accounts. */
public class UnknownAccountException extends WalletException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String message) {
        super(message);
    }

    public UnknownAccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
