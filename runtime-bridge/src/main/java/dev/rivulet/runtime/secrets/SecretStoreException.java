package dev.rivulet.runtime.secrets;

/**
 * The secret store cannot do what was asked: its files are unreadable, the master key is missing or is not the key
 * the secrets were written with, or an entry failed its integrity check. The message names the file and says what to
 * do; it never contains a secret value.
 */
public final class SecretStoreException extends RuntimeException {
    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
