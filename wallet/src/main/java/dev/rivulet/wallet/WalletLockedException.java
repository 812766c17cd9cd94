package dev.rivulet.wallet;

/** The wallet is locked (or locked itself after the idle time): nothing can be signed until {@code unlock}. */
public class WalletLockedException extends WalletException {

    private static final long serialVersionUID = 1L;

    public WalletLockedException(String message) {
        super(message);
    }

    public WalletLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
