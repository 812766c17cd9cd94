package dev.rivulet.wallet;

/** A recovery phrase has an unknown word, a wrong word count or a bad BIP39 checksum; nothing was changed. */
public class InvalidMnemonicException extends WalletException {

    private static final long serialVersionUID = 1L;

    public InvalidMnemonicException(String message) {
        super(message);
    }

    public InvalidMnemonicException(String message, Throwable cause) {
        super(message, cause);
    }
}
