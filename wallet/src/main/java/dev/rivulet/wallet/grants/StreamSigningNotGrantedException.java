package dev.rivulet.wallet.grants;

import dev.rivulet.wallet.WalletException;

/** Signing a stream message for a stream the account has no signing grant for. */
public final class StreamSigningNotGrantedException extends WalletException {

    public StreamSigningNotGrantedException(String message) {
        super(message);
    }
}
