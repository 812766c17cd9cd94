package dev.rivulet.wallet;

/** The password does not decrypt the wallet or the keystore file; nothing was changed. */
public class WrongPasswordException extends WalletException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message) {
        super(message);
    }

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
