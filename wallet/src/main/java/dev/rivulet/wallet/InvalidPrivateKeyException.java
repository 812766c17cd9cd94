package dev.rivulet.wallet;

/** A private key is not 32 bytes of hex in the secp256k1 range; the key itself is never quoted. */
public class InvalidPrivateKeyException extends WalletException {

    private static final long serialVersionUID = 1L;

    public InvalidPrivateKeyException(String message) {
        super(message);
    }

    public InvalidPrivateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
