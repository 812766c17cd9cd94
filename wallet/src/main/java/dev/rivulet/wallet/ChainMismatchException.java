package dev.rivulet.wallet;

/** The RPC endpoint reports another chain id than the profile expects, so nothing is signed for it. */
public class ChainMismatchException extends WalletException {

    private static final long serialVersionUID = 1L;

    public ChainMismatchException(String message) {
        super(message);
    }

    public ChainMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
