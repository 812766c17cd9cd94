package dev.rivulet.wallet;

/** A keystore or seed file cannot be parsed or is not a keystore this wallet understands; nothing was changed. */
public class CorruptKeystoreException extends WalletException {

    private static final long serialVersionUID = 1L;

    public CorruptKeystoreException(String message) {
        super(message);
    }

    public CorruptKeystoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
