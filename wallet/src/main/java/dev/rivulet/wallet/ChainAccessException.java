package dev.rivulet.wallet;

/** The RPC endpoint could not be reached or answered with an error. */
public class ChainAccessException extends WalletException {

    private static final long serialVersionUID = 1L;

    public ChainAccessException(String message) {
        super(message);
    }

    public ChainAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
